package dev.copydesk.llm;

/**
 * What the model answered: the text, the token usage the provider reported for the call that produced it (0 when it
 * reports none), and how many calls it took ({@code 1} from a client; more after {@link ResilientLlm}'s retries).
 */
public record LlmReply(String text, long tokensIn, long tokensOut, int attempts) {

    /** One call's reply, as a client returns it. */
    public LlmReply(String text, long tokensIn, long tokensOut) {
        this(text, tokensIn, tokensOut, 1);
    }

    /** This reply, reached after {@code attempts} calls. */
    public LlmReply afterAttempts(int attempts) {
        return new LlmReply(text, tokensIn, tokensOut, attempts);
    }
}
