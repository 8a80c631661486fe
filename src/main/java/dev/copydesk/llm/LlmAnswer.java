package dev.copydesk.llm;

/** A model's answer after retries: the text, the tokens of the successful call, and how many calls it took. */
public record LlmAnswer(String text, long tokensIn, long tokensOut, int attempts) {
}
