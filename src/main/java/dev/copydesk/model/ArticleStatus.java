package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an article stands after a stage. */
public enum ArticleStatus {
    /** The rewrite stage produced an article that passed its gates. */
    REWRITTEN("rewritten"),
    /** The SEO stage published a web-ready article. */
    PUBLISHED("published"),
    /** The article went through but an editor must look at it; the reasons travel with it. */
    NEEDS_REVIEW("needs_review"),
    /** The input went to the dead-letter topic. */
    DEAD_LETTERED("dead_lettered");

    private final String wireName;

    ArticleStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }
}
