package dev.copydesk.llm;

import dev.langchain4j.exception.HttpException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void authErrorsAndConnectionErrorsAreOutagesWhateverTheArticle() {
        assertEquals(FailureKind.UNAVAILABLE, FailureKind.of(new HttpException(401, "bad key")));
        assertEquals(FailureKind.UNAVAILABLE, FailureKind.of(new HttpException(404, "no such model")));
        assertEquals(FailureKind.UNAVAILABLE,
                FailureKind.of(new RuntimeException("wrapped", new ConnectException("refused"))));
    }

    @Test
    void serverErrorsTimeoutsEmptyAnswersAndUnknownErrorsAreFaultsThatMayBeTheArticlesOwn() {
        assertEquals(FailureKind.FAULT, FailureKind.of(new HttpException(503, "")));
        assertEquals(FailureKind.FAULT, FailureKind.of(new HttpException(500, "")));
        assertEquals(FailureKind.FAULT, FailureKind.of(new RuntimeException(new SocketTimeoutException("read"))));
        assertEquals(FailureKind.FAULT, FailureKind.of(new EmptyAnswerException("no content")));
        assertEquals(FailureKind.FAULT, FailureKind.of(new IllegalStateException("unexpected end of stream")));
    }

    @Test
    void labelsNameTheStatusOrTheKindNeverTheMessage() {
        assertEquals("http-500", FailureKind.label(new RuntimeException(new HttpException(500, "sk-secret"))));
        assertEquals("timeout", FailureKind.label(new RuntimeException("x", new SocketTimeoutException("Read"))));
        assertEquals("empty-answer", FailureKind.label(new EmptyAnswerException("none")));
        assertEquals("connection", FailureKind.label(new ConnectException("refused at http://host?key=sk")));
        assertEquals("illegalstateexception", FailureKind.label(new IllegalStateException("sk-secret")));
    }

    @Test
    void anInterruptIsToldApartFromASocketTimeout() {
        assertTrue(FailureKind.isInterrupt(new RuntimeException(new java.io.InterruptedIOException())));
        assertTrue(FailureKind.isInterrupt(new IllegalStateException(new InterruptedException())));
        assertFalse(FailureKind.isInterrupt(new RuntimeException(new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void jaxRsErrorsOfTheOllamaClientAreClassifiedByStatus() {
        assertEquals(FailureKind.REJECTED, FailureKind.of(new jakarta.ws.rs.WebApplicationException(400)));
        assertEquals(FailureKind.THROTTLED, FailureKind.of(new jakarta.ws.rs.WebApplicationException(429)));
        assertEquals(FailureKind.FAULT, FailureKind.of(new jakarta.ws.rs.WebApplicationException(502)));
    }

    @Test
    void badRequestsAreRejectionsOfThatRequest() {
        assertEquals(FailureKind.REJECTED, FailureKind.of(new HttpException(400, "context too long")));
        assertEquals(FailureKind.REJECTED, FailureKind.of(new RuntimeException(new HttpException(422, ""))));
    }
}
