package dev.copydesk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points the application's language model at a JVM-wide {@link OpenAiStub} and hands that stub to test
 * fields annotated with {@link InjectOpenAiStub}.
 * <p>
 * Like {@link KafkaBrokerResource}, the stub outlives {@link #stop()}, which Quarkus calls each time it swaps
 * the application between test classes, and is closed with the JVM. Unlike the broker it is shared per
 * application class loader only: the injected object must be of that class loader's {@code OpenAiStub} class,
 * and a second idle stub costs next to nothing.
 */
public class OpenAiStubResource implements QuarkusTestResourceLifecycleManager {

    public static final String MODEL = "stub-model";
    public static final String API_KEY = "test-secret-key";

    /** Guarded by the class lock. */
    private static OpenAiStub stub;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "copydesk.llm.base-url", sharedStub().baseUrl(),
                "copydesk.llm.azure.endpoint", sharedStub().azureEndpoint("copydesk"),
                "copydesk.llm.model", MODEL,
                "copydesk.llm.api-key", API_KEY);
    }

    @Override
    public void stop() {
        // Intentionally empty: see class comment.
    }

    /** Each test instance starts from the default behaviour, whatever an earlier test programmed. */
    @Override
    public void inject(TestInjector testInjector) {
        OpenAiStub shared = sharedStub();
        shared.reset();
        testInjector.injectIntoFields(shared, new TestInjector.AnnotatedAndMatchesType(InjectOpenAiStub.class, OpenAiStub.class));
    }

    private static synchronized OpenAiStub sharedStub() {
        if (stub == null) {
            stub = new OpenAiStub();
            Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "openai-stub-stop"));
        }
        return stub;
    }
}
