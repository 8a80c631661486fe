package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One editor's action on an article held for review, as written on {@code copydesk.topics.review-decisions} (key
 * {@code id:locale}, like the review record): who, when, what, why. The topic is append-only; nothing is ever
 * rewritten or removed.
 *
 * @param decisionId  a random UUID, also in the published article's provenance when approved
 * @param review      the review record decided on
 * @param editor      the logged-in user's name
 * @param reason      why: the rejection's reason, the approval's note (optional), the request sent back to the model;
 *                    absent for an edit
 * @param markdown    the editor's text ({@code edited}; {@code approved} when it publishes an edit)
 * @param gates       the gates run again on that text; absent when the source was no longer readable
 * @param assessments the SEO stage's assessments of that text, overall scores first
 * @param sourceVersion the raw record the decided article was rewritten from (absent in decisions written before
 *                    it was recorded): the SEO stage leaves a final decision on that version in place
 */
public record ReviewDecision(String decisionId, Action action, String id, String locale, ReviewRef review,
                             String editor, Instant at, String reason, String markdown, List<GateResult> gates,
                             List<Assessment> assessments, SourceVersion sourceVersion) {

    public ReviewDecision {
        gates = gates == null ? null : List.copyOf(gates);
        assessments = assessments == null ? null : List.copyOf(assessments);
    }

    /** Whether this decision takes the article out of the queue. */
    public boolean isFinal() {
        return action != Action.EDITED;
    }

    public enum Action {
        /** Published, with the editor's text when there was an edit. */
        APPROVED("approved"),
        /** The editor's text, checked again; the article stays in the queue until approved or rejected. */
        EDITED("edited"),
        /** Withdrawn: nothing is published for it (a tombstone on the published topic). */
        REJECTED("rejected"),
        /**
         * Sent back to the model with the editor's request ({@code reason}): the raw article is written again to the
         * raw topic for this locale, and its new rewrite comes back published or to the desk as a new version.
         */
        SENT_BACK("sent-back");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        @JsonValue
        public String wireName() {
            return wireName;
        }

        @JsonCreator
        public static Action of(String wireName) {
            for (Action action : values()) {
                if (action.wireName.equals(wireName == null ? null : wireName.toLowerCase(Locale.ROOT))) {
                    return action;
                }
            }
            throw new IllegalArgumentException("unknown review decision '" + wireName + "'");
        }
    }
}
