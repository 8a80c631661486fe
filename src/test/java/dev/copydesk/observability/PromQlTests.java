package dev.copydesk.observability;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PromQlTests {

    @Test
    void aSelectorIsFoundBeforeLabelMatchersARangeOrNothing() {
        assertEquals(Set.of("a_total", "b_seconds_bucket", "c_lag"), PromQl.metricNames(
                "sum(rate(a_total{stage=\"seo\"}[5m])) / histogram_quantile(0.95, b_seconds_bucket[1m]) + c_lag"));
    }

    @Test
    void functionsAggregationsKeywordsAndLabelListsAreNotMetrics() {
        assertEquals(Set.of("lag", "articles_total"), PromQl.metricNames("""
                max by (stage, group) (lag) > 0
                unless on (stage)
                sum without (instance) (increase(articles_total[15m])) > bool 0 offset 5m"""));
    }

    @Test
    void labelValuesAndStringsThatLookLikeNamesAreNotMetrics() {
        Set<String> names = PromQl.metricNames(
                "label_replace(up_total{job=~\"copydesk_.*\", instance!=\"x\"}, \"role\", \"$1\", \"job\", \"(.*)\")");
        assertEquals(Set.of("up_total"), names);
    }

    @Test
    void numbersWithExponentsAndSubqueriesAddNothing() {
        assertEquals(Set.of("cost_total"), PromQl.metricNames("max_over_time(rate(cost_total[5m])[1h:1m]) * 1e3"));
    }

    @Test
    void everyExpressionOfTheDashboardAndTheAlertsNamesAtLeastOneMetric() {
        List<String> expressions = new java.util.ArrayList<>(DeployFiles.dashboardExpressions());
        expressions.addAll(DeployFiles.alertExpressions());
        assertFalse(expressions.isEmpty());
        for (String expression : expressions) {
            assertFalse(PromQl.metricNames(expression).isEmpty(), "no metric found in " + expression);
        }
    }
}
