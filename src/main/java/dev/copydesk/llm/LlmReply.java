package dev.copydesk.llm;

/** What the model answered, with the token usage the provider reported (0 when it reports none). */
public record LlmReply(String text, long tokensIn, long tokensOut) {
}
