package dev.copydesk.observability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.config.StageRoles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/compose.yaml cannot be run here (no Docker): these tests hold it to what it relies on — the services and
 * images, the roles' environment against copydesk's own configuration, the ports the services reach each other on,
 * and the files it mounts, which must exist in the repository and agree with each other.
 */
class ComposeFileTests {

    private static final JsonNode SERVICES = DeployFiles.yaml(DeployFiles.COMPOSE).path("services");
    private static final Pattern DOCUMENTED_OPTION = Pattern.compile("^\\| `(copydesk\\.[a-z0-9.-]+)` \\|",
            Pattern.MULTILINE);

    private static JsonNode service(String name) {
        JsonNode service = SERVICES.path(name);
        assertFalse(service.isMissingNode(), "compose.yaml has no service " + name);
        return service;
    }

    private static String env(String service, String name) {
        JsonNode value = service(service).path("environment").path(name);
        assertFalse(value.isMissingNode(), service + " sets no " + name);
        return value.asText();
    }

    /** Host paths of the service's bind mounts, relative to deploy/, mapped to where they are mounted. */
    private static List<String[]> mounts(String service) {
        List<String[]> mounts = new ArrayList<>();
        for (JsonNode volume : service(service).path("volumes")) {
            String[] parts = volume.asText().split(":");
            if (parts[0].startsWith(".")) {
                mounts.add(new String[]{parts[0], parts[1]});
            }
        }
        return mounts;
    }

    private static String mountedAt(String service, Path file) {
        for (String[] mount : mounts(service)) {
            if (DeployFiles.DEPLOY.resolve(mount[0]).normalize().equals(file.normalize())) {
                return mount[1];
            }
        }
        throw new AssertionError(service + " does not mount " + file);
    }

    private static int containerPort(String service, int hostPort) {
        for (JsonNode port : service(service).path("ports")) {
            String[] parts = port.asText().split(":");
            if (Integer.parseInt(parts[0]) == hostPort) {
                return Integer.parseInt(parts[1]);
            }
        }
        throw new AssertionError(service + " publishes no host port " + hostPort);
    }

    @Test
    void theStackHasABrokerTheModelBothRolesPrometheusAndGrafanaFromTheirImages() {
        assertTrue(service("kafka").path("image").asText().startsWith("apache/kafka:"));
        assertTrue(service("ollama").path("image").asText().startsWith("ollama/ollama:"));
        assertTrue(service("prometheus").path("image").asText().startsWith("prom/prometheus:"));
        assertTrue(service("grafana").path("image").asText().startsWith("grafana/grafana:"));
        for (String role : List.of("copydesk-rewrite", "copydesk-seo")) {
            JsonNode build = service(role).path("build");
            assertTrue(Files.isRegularFile(DeployFiles.DEPLOY.resolve(build.path("context").asText())
                    .resolve(build.path("dockerfile").asText())), role + " builds from a Dockerfile of the repository");
        }
    }

    @Test
    void theBrokerRunsInKRaftModeAndAdvertisesTheAddressTheWorkersUse() {
        Set<String> roles = Set.of(env("kafka", "KAFKA_PROCESS_ROLES").split(","));
        assertEquals(Set.of("broker", "controller"), roles, "one KRaft node, no ZooKeeper");
        String internal = env("kafka", "KAFKA_INTER_BROKER_LISTENER_NAME");
        String advertised = Stream.of(env("kafka", "KAFKA_ADVERTISED_LISTENERS").split(","))
                .filter(listener -> listener.startsWith(internal + "://")).findFirst().orElseThrow()
                .substring(internal.length() + 3);
        assertEquals("kafka:" + advertised.split(":")[1], advertised, "advertised under the service's name");
        for (String role : List.of("copydesk-rewrite", "copydesk-seo")) {
            assertEquals(advertised, env(role, "KAFKA_BOOTSTRAP_SERVERS"), role);
            assertTrue(service(role).path("depends_on").has("kafka"), role + " starts after the broker");
        }
    }

    @Test
    void eachRoleRunsItsOwnStageAndOnlyTheRewriteRoleTalksToOllama() {
        assertEquals(Set.of(StageRoles.Stage.REWRITE), StageRoles.parse(env("copydesk-rewrite", "COPYDESK_STAGES")));
        assertEquals(Set.of(StageRoles.Stage.SEO), StageRoles.parse(env("copydesk-seo", "COPYDESK_STAGES")));
        String baseUrl = env("copydesk-rewrite", "COPYDESK_LLM_BASE_URL");
        assertEquals("http://ollama:" + containerPort("ollama", 11434) + "/v1", baseUrl,
                "Ollama's OpenAI-compatible endpoint, by service name");
        assertTrue(service("copydesk-seo").path("environment").path("COPYDESK_LLM_BASE_URL").isMissingNode(),
                "the SEO role calls no model");
        assertEquals(8080, containerPort("copydesk-rewrite", 8081));
        assertEquals(8080, containerPort("copydesk-seo", 8082));
    }

    @Test
    void everyCopydeskVariableOfTheRolesIsADocumentedOption() throws IOException {
        Set<String> documented = new HashSet<>();
        Matcher option = DOCUMENTED_OPTION.matcher(Files.readString(Path.of("README.md")));
        while (option.find()) {
            documented.add(option.group(1).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        assertTrue(documented.contains("COPYDESK_LLM_BASE_URL"), "the README's Configuration table was read");
        for (String role : List.of("copydesk-rewrite", "copydesk-seo")) {
            service(role).path("environment").fieldNames().forEachRemaining(name -> {
                if (name.startsWith("COPYDESK_")) {
                    assertTrue(documented.contains(name), role + ": " + name + " is no documented copydesk option");
                }
            });
        }
    }

    @Test
    void prometheusScrapesBothRolesAndLoadsTheAlertRulesItMounts() {
        JsonNode config = DeployFiles.yaml(DeployFiles.PROMETHEUS);
        assertEquals("/etc/prometheus/prometheus.yml", mountedAt("prometheus", DeployFiles.PROMETHEUS));
        String rulesInContainer = mountedAt("prometheus", DeployFiles.ALERTS);
        List<String> ruleFiles = new ArrayList<>();
        config.path("rule_files").forEach(file -> ruleFiles.add(file.asText()));
        assertEquals(List.of(rulesInContainer), ruleFiles);
        Set<String> targets = new HashSet<>();
        for (JsonNode job : config.path("scrape_configs")) {
            assertEquals("/q/metrics", job.path("metrics_path").asText());
            job.path("static_configs").forEach(group -> group.path("targets").forEach(t -> targets.add(t.asText())));
        }
        assertEquals(Set.of("copydesk-rewrite:8080", "copydesk-seo:8080"), targets);
        assertEquals(9090, containerPort("prometheus", 9090));
    }

    @Test
    void grafanaIsProvisionedWithThePrometheusDatasourceAndTheDashboard() throws IOException {
        String provisioning = mountedAt("grafana", DeployFiles.GRAFANA.resolve("provisioning"));
        assertEquals("/etc/grafana/provisioning", provisioning);
        JsonNode datasource = DeployFiles.yaml(DeployFiles.GRAFANA.resolve("provisioning/datasources/prometheus.yaml"))
                .path("datasources").get(0);
        assertEquals("http://prometheus:" + containerPort("prometheus", 9090), datasource.path("url").asText());
        JsonNode provider = DeployFiles.yaml(DeployFiles.GRAFANA.resolve("provisioning/dashboards/copydesk.yaml"))
                .path("providers").get(0);
        String dashboardInContainer = mountedAt("grafana", DeployFiles.DASHBOARD);
        assertEquals(provider.path("options").path("path").asText(), Path.of(dashboardInContainer).getParent().toString());
        JsonNode dashboard = DeployFiles.json(DeployFiles.DASHBOARD);
        Set<String> uids = new HashSet<>();
        dashboard.path("panels").forEach(panel -> {
            uids.add(panel.path("datasource").path("uid").asText());
            panel.path("targets").forEach(target -> uids.add(target.path("datasource").path("uid").asText()));
        });
        assertEquals(Set.of(datasource.path("uid").asText()), uids, "every panel queries the provisioned datasource");
        try (Stream<Path> files = Files.list(DeployFiles.GRAFANA.resolve("provisioning/datasources"))) {
            assertEquals(1, files.count());
        }
    }
}
