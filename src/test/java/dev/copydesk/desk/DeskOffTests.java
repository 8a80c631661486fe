package dev.copydesk.desk;

import dev.copydesk.testing.KafkaBrokerResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A worker with the default roles (rewrite, seo) has no desk: every desk URL is 404, the probes still answer. */
@QuarkusTest
@TestProfile(DeskOffTests.Profile.class)
class DeskOffTests {

    @TestHTTPResource("/")
    URL base;

    @Test
    void noDeskUrlExistsWithoutTheDeskRole() throws Exception {
        DeskBrowser anonymous = new DeskBrowser(base);
        for (String path : List.of("/desk", "/desk/", "/desk/login", "/desk/login-error", "/desk/static/desk.css",
                    "/desk/article?key=a:fr-FR", "/desk/article/edit?key=a:fr-FR")) {
            assertEquals(404, anonymous.get(path).statusCode(), path);
        }
        for (String path : List.of("/desk/article/approve", "/desk/article/reject", "/desk/article/edit",
                "/desk/logout", "/j_security_check")) {
            assertEquals(404, anonymous.post(path, Map.of("key", "a:fr-FR", "review", "0")).statusCode(), path);
        }
    }

    @Test
    void probesAndMetricsAnswerWithoutLogin() throws Exception {
        DeskBrowser anonymous = new DeskBrowser(base);
        assertEquals(200, anonymous.get("/q/health/live").statusCode());
        assertEquals(200, anonymous.get("/q/metrics").statusCode());
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return DeskProfile.topics("it-desk-off");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class));
        }
    }
}
