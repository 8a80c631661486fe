package dev.copydesk.desk;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP user of the desk for tests: keeps cookies (the login session, the CSRF cookie), never follows
 * redirects (the tests look at them), and reads the CSRF token out of a page's forms.
 */
final class DeskBrowser {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    DeskBrowser(URL base) throws Exception {
        this.base = base.toURI();
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT).build();
    }

    /** Signs in through the login form; returns the response of the form post (a redirect when it worked). */
    HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        return post("/j_security_check", Map.of("j_username", user, "j_password", password));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form of the page at {@code page} as a browser would: with the CSRF token the page carries. */
    HttpResponse<String> submit(String page, String action, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> shown = get(page);
        Matcher token = CSRF.matcher(shown.body());
        if (shown.statusCode() != 200 || !token.find()) {
            throw new AssertionError("no form with a CSRF token on " + page + " (HTTP " + shown.statusCode() + ")");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf-token", token.group(1));
        return post(action, form);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
