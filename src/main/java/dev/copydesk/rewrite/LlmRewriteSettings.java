package dev.copydesk.rewrite;

/**
 * The knobs of the LLM rewrite: how many unusable answers and repair rounds it tolerates, the answer size, the
 * prices that turn tokens into an estimated cost (per 1,000 tokens, in whatever currency the newsroom budgets in),
 * and whether a draft that passes the gates gets one round of search and readability repair.
 */
public record LlmRewriteSettings(int maxUnparseableAnswers, long maxOutputTokens, int maxRepairs,
                                 double pricePer1kInput, double pricePer1kOutput, boolean seoRepair) {

    double cost(long tokensIn, long tokensOut) {
        return tokensIn / 1000.0 * pricePer1kInput + tokensOut / 1000.0 * pricePer1kOutput;
    }
}
