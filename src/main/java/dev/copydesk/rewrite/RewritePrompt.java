package dev.copydesk.rewrite;

/** The messages sent to the model, with the template version and a hash of everything in them. */
public record RewritePrompt(String system, String user, String version, String inputHash) {
}
