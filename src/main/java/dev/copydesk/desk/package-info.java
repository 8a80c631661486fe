/**
 * The review desk (role {@code desk} of {@code copydesk.stages}): pages where editors take the articles held on
 * {@code copydesk.topics.review} and approve, edit or reject them. It keeps no database: the review topic and the
 * append-only decisions topic are its whole record, and each replica rebuilds its queue by reading both from the
 * beginning ({@link dev.copydesk.desk.DeskLog}). Decisions are the desk's only writes, besides what an approval
 * publishes and what a rejection withdraws on {@code copydesk.topics.published}.
 */
package dev.copydesk.desk;
