package dev.copydesk.desk;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who reaches the desk: nobody without signing in, nobody without the editor role, no form without its CSRF token. */
@QuarkusTest
@TestProfile(DeskProfile.class)
class DeskAccessTests {

    private static final List<String> PAGES = List.of("/desk", "/desk/", "/desk/article?key=any:fr-FR",
            "/desk/article/edit?key=any:fr-FR");
    private static final List<String> ACTIONS = List.of("/desk/article/approve", "/desk/article/reject",
            "/desk/article/edit");
    private static final Map<String, String> FORM = Map.of("key", "any:fr-FR", "review", "0", "reason", "r",
            "markdown", "# t\n\ntext");

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyDeskUrlSendsAnAnonymousUserToTheLoginPage() throws Exception {
        DeskBrowser anonymous = new DeskBrowser(base);
        for (String page : PAGES) {
            assertSentToLogin(anonymous.get(page), "GET " + page);
        }
        assertSentToLogin(anonymous.get("/desk/no-such-page"), "GET of a page that does not exist");
        for (String action : ACTIONS) {
            assertSentToLogin(anonymous.post(action, FORM), "POST " + action);
        }
    }

    @Test
    void aSignedInUserWithoutTheEditorRoleIsForbiddenEverywhere() throws Exception {
        DeskBrowser reader = new DeskBrowser(base);
        assertEquals(302, reader.login("reader", "reader").statusCode());
        for (String page : PAGES) {
            assertEquals(403, reader.get(page).statusCode(), "GET " + page);
        }
        for (String action : ACTIONS) {
            assertEquals(403, reader.post(action, FORM).statusCode(), "POST " + action);
        }
    }

    @Test
    void aWrongPasswordLeadsBackToTheLoginForm() throws Exception {
        DeskBrowser stranger = new DeskBrowser(base);
        HttpResponse<String> refused = stranger.login("editor", "not-the-password");
        assertEquals(302, refused.statusCode());
        assertTrue(refused.headers().firstValue("Location").orElse("").endsWith("/desk/login-error"));
        assertSentToLogin(stranger.get("/desk"), "GET /desk after a failed login");
    }

    @Test
    void anEditorSignsInSeesTheQueueAndSignsOut() throws Exception {
        DeskBrowser editor = new DeskBrowser(base);
        HttpResponse<String> login = editor.login("editor", "editor");
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/desk"));
        HttpResponse<String> queue = editor.get("/desk");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("<h1>Review queue</h1>"), queue.body());

        HttpResponse<String> logout = editor.submit("/desk", "/desk/logout", Map.of());
        assertEquals(303, logout.statusCode());
        assertSentToLogin(editor.get("/desk"), "GET /desk after signing out");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        DeskBrowser editor = new DeskBrowser(base);
        assertEquals(302, editor.login("editor", "editor").statusCode());
        assertEquals(200, editor.get("/desk").statusCode()); // the CSRF cookie is set, the token not sent
        for (String action : ACTIONS) {
            assertEquals(400, editor.post(action, FORM).statusCode(), "POST " + action);
        }
    }

    @Test
    void theLoginPageTheStylesAndTheProbesAnswerWithoutLogin() throws Exception {
        DeskBrowser anonymous = new DeskBrowser(base);
        assertEquals(200, anonymous.get("/desk/login").statusCode());
        assertEquals(200, anonymous.get("/desk/static/desk.css").statusCode());
        assertEquals(200, anonymous.get("/q/health/live").statusCode());
        assertEquals(200, anonymous.get("/q/metrics").statusCode());
    }

    private static void assertSentToLogin(HttpResponse<String> response, String what) {
        boolean redirected = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/desk/login");
        assertTrue(redirected || response.statusCode() == 401,
                what + ": HTTP " + response.statusCode() + " " + response.headers().map());
    }
}
