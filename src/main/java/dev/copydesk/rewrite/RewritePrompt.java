package dev.copydesk.rewrite;

/** The messages sent to the model, with the template version and a hash of everything in them. */
public record RewritePrompt(String system, String user, String version, String inputHash) {

    /**
     * This prompt with {@code setting} folded into its input hash: a setting besides the prompt that shapes the
     * output, so that a cached answer made without it is not served where it is on, nor the other way round.
     */
    RewritePrompt shapedBy(String setting) {
        return new RewritePrompt(system, user, version, Fingerprints.of(inputHash, setting));
    }
}
