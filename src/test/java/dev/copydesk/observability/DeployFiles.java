package dev.copydesk.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The deploy/ files the observability tests read, and the PromQL expressions in them. */
public final class DeployFiles {

    public static final Path DEPLOY = Path.of("deploy");
    public static final Path COMPOSE = DEPLOY.resolve("compose.yaml");
    public static final Path GRAFANA = DEPLOY.resolve("grafana");
    public static final Path DASHBOARD = GRAFANA.resolve("copydesk-dashboard.json");
    public static final Path ALERTS = GRAFANA.resolve("alerts.yaml");
    public static final Path PROMETHEUS = GRAFANA.resolve("prometheus.yml");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DeployFiles() {
    }

    public static JsonNode yaml(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    public static JsonNode json(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** Every target's {@code expr} of the dashboard, panels inside rows included. */
    public static List<String> dashboardExpressions() {
        List<String> expressions = new ArrayList<>();
        collectPanels(json(DASHBOARD).path("panels"), expressions);
        return expressions;
    }

    private static void collectPanels(JsonNode panels, List<String> expressions) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.hasNonNull("expr")) {
                    expressions.add(target.get("expr").asText());
                }
            }
            collectPanels(panel.path("panels"), expressions);
        }
    }

    /** Every rule's {@code expr} in the alert rules file, alerting and recording rules alike. */
    public static List<String> alertExpressions() {
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : yaml(ALERTS).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.hasNonNull("expr")) {
                    expressions.add(rule.get("expr").asText());
                }
            }
        }
        return expressions;
    }
}
