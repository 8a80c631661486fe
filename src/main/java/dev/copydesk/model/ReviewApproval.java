package dev.copydesk.model;

import java.time.Instant;

/**
 * An editor's approval of an article held for review, as recorded on the decisions topic: which decision, who, when,
 * and whether the editor changed the text before approving it.
 *
 * @param decisionId id of the {@code approved} event on {@code copydesk.topics.review-decisions}
 * @param editor     the logged-in user who approved it
 * @param edited     whether the published text is the editor's edit rather than the model's rewrite
 * @param note       what the editor wrote with the approval; absent when nothing
 */
public record ReviewApproval(String decisionId, String editor, Instant at, boolean edited, String note) {
}
