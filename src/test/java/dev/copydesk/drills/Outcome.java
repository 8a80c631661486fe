package dev.copydesk.drills;

/** What became of one input × locale. */
public enum Outcome {
    PUBLISHED, REVIEW, DEAD_LETTER, LOST
}
