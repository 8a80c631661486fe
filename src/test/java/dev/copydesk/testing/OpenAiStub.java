package dev.copydesk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An OpenAI-compatible chat completions server on 127.0.0.1 for tests. By default every request is answered
 * with the model rewrite in {@code /stub/rewrite-fr.md}; tests can inject failures, latency or other answers.
 * All methods are safe to call while the application under test is sending requests.
 */
public final class OpenAiStub implements AutoCloseable {

    public static final String MODEL_ID = "stub-model";

    private static final String DEFAULT_CONTENT_RESOURCE = "/stub/rewrite-fr.md";
    private static final String AZURE_DEPLOYMENTS = "/openai/deployments/";
    private static final java.util.regex.Pattern AZURE_DEPLOYMENT_PATH =
            java.util.regex.Pattern.compile("/openai/deployments/[^/]+/chat/completions");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final String defaultContent;
    private final AtomicInteger requestCount = new AtomicInteger();
    private final AtomicInteger responseIds = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();

    /** Guarded by {@code this}: the pair must change together. */
    private int failuresLeft;
    private int failureStatus;
    private String retryAfter;
    private int slowLeft;
    private Duration slowBy = Duration.ZERO;
    private Instant downUntil = Instant.EPOCH;
    private final List<Instant> requestTimes = new ArrayList<>();
    private final List<Exchange> exchanges = new ArrayList<>();
    private volatile Function<String, String> answer;
    private volatile Predicate<String> failingRequests = requestBody -> false;
    private volatile int failingStatus;
    private volatile Predicate<String> slowRequests = requestBody -> false;
    private volatile Duration slowRequestsBy = Duration.ZERO;
    private volatile Duration latency = Duration.ZERO;
    private volatile String lastRequestBody;
    private volatile String lastApiKeyHeader;

    public OpenAiStub() {
        defaultContent = readResource(DEFAULT_CONTENT_RESOURCE);
        answer = requestBody -> defaultContent;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // One thread per request, so that an injected latency does not serialise concurrent callers.
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "openai-stub");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::handleChatCompletion);
        // Azure OpenAI's shape: /openai/deployments/{deployment}/chat/completions?api-version=..., key in "api-key".
        server.createContext(AZURE_DEPLOYMENTS, this::handleChatCompletion);
        server.createContext("/v1/models", this::handleModels);
        server.start();
    }

    /** OpenAI-style base URL, ending in /v1. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The next {@code times} chat requests are answered with {@code httpStatus} and an OpenAI error body. */
    public synchronized void failNext(int times, int httpStatus) {
        failuresLeft = times;
        failureStatus = httpStatus;
    }

    /** The next {@code times} chat requests get 429 with a {@code Retry-After: seconds} header. */
    public synchronized void throttleNext(int times, int retryAfterSeconds) {
        failNext(times, 429);
        retryAfter = String.valueOf(retryAfterSeconds);
    }

    /** The next {@code times} chat requests are answered only after {@code delay} (to make the client time out). */
    public synchronized void delayNext(int times, Duration delay) {
        slowLeft = times;
        slowBy = delay;
    }

    /**
     * Every chat request whose raw JSON body matches is answered with {@code httpStatus}, for as long as this holds:
     * a failure that only some input triggers, while other requests are answered.
     */
    public void failWhen(Predicate<String> requestBody, int httpStatus) {
        failingStatus = httpStatus;
        failingRequests = requestBody;
    }

    /** Every chat request whose raw JSON body matches is answered only after {@code delay}. */
    public void delayWhen(Predicate<String> requestBody, Duration delay) {
        slowRequestsBy = delay;
        slowRequests = requestBody;
    }

    /** Every chat request gets 503 for {@code duration} from now: an outage. */
    public synchronized void downFor(Duration duration) {
        downUntil = Instant.now().plus(duration);
    }

    /** The most chat requests the stub was answering at the same time since the last reset. */
    public int maxConcurrentRequests() {
        return maxConcurrent.get();
    }

    /** When each chat request since the last reset arrived. */
    public synchronized List<Instant> requestTimes() {
        return List.copyOf(requestTimes);
    }

    /** Replaces the assistant content; the function receives the raw JSON request body. */
    public void answerWith(Function<String, String> contentForRequestBody) {
        answer = contentForRequestBody;
    }

    /**
     * Answers {@code draft} to every request except an SEO repair request, which gets the previous draft edited as
     * the request says ({@link SeoInstructionFollower}), then passed through {@code afterRepair} (identity for a
     * model that does as told; a damaging function for one that breaks something while at it).
     */
    public void answerFollowingSeoInstructions(String draft, java.util.function.UnaryOperator<String> afterRepair) {
        answer = requestBody -> {
            String user = userMessage(requestBody);
            return SeoInstructionFollower.isSeoRepair(user)
                    ? afterRepair.apply(new SeoInstructionFollower().answer(user)) : draft;
        };
    }

    /** The content of the last user message of a chat request body. */
    public static String userMessage(String requestBody) {
        try {
            String user = "";
            for (JsonNode message : JSON.readTree(requestBody).path("messages")) {
                if ("user".equals(message.path("role").asText())) {
                    JsonNode content = message.path("content");
                    StringBuilder parts = new StringBuilder(content.isArray() ? "" : content.asText(""));
                    content.forEach(part -> parts.append(part.path("text").asText("")));
                    user = parts.toString();
                }
            }
            return user;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a chat request body", e);
        }
    }

    /** Delay applied before every answer, failures included. */
    public void latency(Duration delay) {
        latency = delay;
    }

    /** Back to the default answer, no failures, no latency, counters cleared. */
    public synchronized void reset() {
        failuresLeft = 0;
        retryAfter = null;
        slowLeft = 0;
        downUntil = Instant.EPOCH;
        requestTimes.clear();
        exchanges.clear();
        answer = requestBody -> defaultContent;
        failingRequests = requestBody -> false;
        slowRequests = requestBody -> false;
        latency = Duration.ZERO;
        requestCount.set(0);
        maxConcurrent.set(0);
        lastRequestBody = null;
    }

    /** Waits until at least {@code count} chat requests arrived (or {@code timeout} passed); returns how many did. */
    public int awaitRequests(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (requestCount.get() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return requestCount.get();
    }

    /** Chat requests received since start or the last {@link #reset()}, failed ones included. */
    public int requestCount() {
        return requestCount.get();
    }

    /** Base URL of an Azure OpenAI deployment named {@code deployment} on this stub. */
    public String azureEndpoint(String deployment) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + AZURE_DEPLOYMENTS + deployment;
    }

    /** The "api-key" header of the latest chat request (Azure's way of sending the key), or null. */
    public String lastApiKeyHeader() {
        return lastApiKeyHeader;
    }

    /** Raw JSON body of the latest chat request, or null. */
    public String lastRequestBody() {
        return lastRequestBody;
    }

    /** The content answered when no {@link #answerWith(Function)} is set. */
    public String defaultContent() {
        return defaultContent;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handleChatCompletion(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            lastApiKeyHeader = exchange.getRequestHeaders().getFirst("api-key");
            if (!isExactly(exchange, "POST", path.startsWith(AZURE_DEPLOYMENTS) ? AZURE_DEPLOYMENT_PATH.matcher(path)
                    .matches() ? path : AZURE_DEPLOYMENTS + "{deployment}/chat/completions" : "/v1/chat/completions")) {
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requestCount.incrementAndGet();
            lastRequestBody = body;
            recordRequestTime();
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            Instant received = Instant.now();
            try {
                pause(latency);
                pause(takeExtraDelay());
                if (slowRequests.test(body)) {
                    pause(slowRequestsBy);
                }
            } finally {
                concurrent.decrementAndGet();
                recordExchange(new Exchange(body, received, Instant.now()));
            }
            if (failingRequests.test(body)) {
                sendError(exchange, failingStatus, "Injected failure for this request from the test stub");
                return;
            }

            if (isDown()) {
                sendError(exchange, 503, "Injected outage from the test stub");
                return;
            }
            Integer injectedFailure = takeInjectedFailure();
            if (injectedFailure != null) {
                String wait = retryAfterFor(injectedFailure);
                if (wait != null) {
                    exchange.getResponseHeaders().set("Retry-After", wait);
                }
                sendError(exchange, injectedFailure, "Injected failure from the test stub");
                return;
            }
            JsonNode request;
            try {
                request = JSON.readTree(body);
            } catch (JsonProcessingException e) {
                sendError(exchange, 400, "Request body is not valid JSON");
                return;
            }
            sendJson(exchange, 200, completion(request, answer.apply(body)));
        } finally {
            exchange.close();
        }
    }

    private void handleModels(HttpExchange exchange) throws IOException {
        try {
            if (!isExactly(exchange, "GET", "/v1/models")) {
                return;
            }
            ObjectNode list = JSON.createObjectNode().put("object", "list");
            list.putArray("data").addObject()
                    .put("id", MODEL_ID)
                    .put("object", "model")
                    .put("created", Instant.now().getEpochSecond())
                    .put("owned_by", "copydesk-tests");
            sendJson(exchange, 200, list);
        } finally {
            exchange.close();
        }
    }

    private synchronized Duration takeExtraDelay() {
        if (slowLeft <= 0) {
            return Duration.ZERO;
        }
        slowLeft--;
        return slowBy;
    }

    /** One chat request: its body, when it arrived and when the stub was done waiting to answer it. */
    public record Exchange(String body, Instant received, Instant answered) {
    }

    /** Every chat request since the last reset whose wait is over (answered, or about to be). */
    public synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private synchronized void recordExchange(Exchange exchange) {
        exchanges.add(exchange);
    }

    private synchronized void recordRequestTime() {
        requestTimes.add(Instant.now());
    }

    private synchronized boolean isDown() {
        return Instant.now().isBefore(downUntil);
    }

    private synchronized String retryAfterFor(int status) {
        return status == 429 ? retryAfter : null;
    }

    private synchronized Integer takeInjectedFailure() {
        if (failuresLeft <= 0) {
            return null;
        }
        failuresLeft--;
        return failureStatus;
    }

    private ObjectNode completion(JsonNode request, String content) {
        String model = request.path("model").asText(MODEL_ID);
        int promptTokens = estimateTokens(promptText(request.path("messages")));
        int completionTokens = estimateTokens(content);

        ObjectNode response = JSON.createObjectNode()
                .put("id", "chatcmpl-stub-" + responseIds.incrementAndGet())
                .put("object", "chat.completion")
                .put("created", Instant.now().getEpochSecond())
                .put("model", model);
        ObjectNode choice = response.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.putNull("logprobs");
        choice.put("finish_reason", "stop");
        response.putObject("usage")
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return response;
    }

    private static String promptText(JsonNode messages) {
        StringBuilder text = new StringBuilder();
        if (messages instanceof ArrayNode array) {
            array.forEach(message -> text.append(message.path("content").asText("")));
        }
        return text.toString();
    }

    /** Roughly four characters per token, as OpenAI's own rule of thumb; tests only need plausible numbers. */
    private static int estimateTokens(String text) {
        return Math.max(1, text.length() / 4);
    }

    /** Answers 404/405 itself and returns false when the exchange is not for this endpoint. */
    private static boolean isExactly(HttpExchange exchange, String method, String path) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(path)) {
            sendError(exchange, 404, "Unknown path " + exchange.getRequestURI().getPath());
            return false;
        }
        if (!exchange.getRequestMethod().equals(method)) {
            exchange.getResponseHeaders().set("Allow", method);
            sendError(exchange, 405, "Use " + method + " on " + path);
            return false;
        }
        return true;
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error")
                .put("message", message)
                .put("type", errorType(status))
                .putNull("param")
                .put("code", errorCode(status));
        sendJson(exchange, status, body);
    }

    private static String errorType(int status) {
        return switch (status) {
            case 401 -> "authentication_error";
            case 429 -> "requests";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 401 -> "invalid_api_key";
            case 429 -> "rate_limit_exceeded";
            default -> null;
        };
    }

    private static void sendJson(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readResource(String name) {
        try (InputStream in = OpenAiStub.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
