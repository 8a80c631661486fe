package dev.copydesk.llm;

import dev.langchain4j.exception.HttpException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailureKindTests {

    @Test
    void tooManyRequestsIsThrottling() {
        assertEquals(FailureKind.THROTTLED, FailureKind.of(new HttpException(429, "slow down")));
    }

    @Test
    void anExhaustedBillingQuotaIsAnOutageNotThrottling() {
        assertEquals(FailureKind.UNAVAILABLE,
                FailureKind.of(new HttpException(429, "{\"error\":{\"code\":\"insufficient_quota\"}}")));
    }

    @Test
    void serverErrorsAuthErrorsAndConnectionErrorsAreOutages() {
        assertEquals(FailureKind.UNAVAILABLE, FailureKind.of(new HttpException(503, "")));
        assertEquals(FailureKind.UNAVAILABLE, FailureKind.of(new HttpException(401, "bad key")));
        assertEquals(FailureKind.UNAVAILABLE,
                FailureKind.of(new RuntimeException("wrapped", new ConnectException("refused"))));
    }

    @Test
    void jaxRsErrorsOfTheOllamaClientAreClassifiedByStatus() {
        assertEquals(FailureKind.REJECTED, FailureKind.of(new jakarta.ws.rs.WebApplicationException(400)));
        assertEquals(FailureKind.THROTTLED, FailureKind.of(new jakarta.ws.rs.WebApplicationException(429)));
        assertEquals(FailureKind.UNAVAILABLE, FailureKind.of(new jakarta.ws.rs.WebApplicationException(502)));
    }

    @Test
    void badRequestsAreRejectionsOfThatRequest() {
        assertEquals(FailureKind.REJECTED, FailureKind.of(new HttpException(400, "context too long")));
        assertEquals(FailureKind.REJECTED, FailureKind.of(new RuntimeException(new HttpException(422, ""))));
    }
}
