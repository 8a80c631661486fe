package dev.copydesk.desk;

import dev.copydesk.model.ArticleKey;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.ReviewDecision;
import dev.copydesk.model.ReviewRef;
import dev.copydesk.model.RewrittenArticle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the desk knows, rebuilt from the two topics: the latest review record of each article ({@code id:locale})
 * and every decision taken on it. An article is pending iff its latest review record has no final decision
 * (approved, rejected) naming that record or a later one. Records may arrive from the two topics in any order: a
 * decision read before its review record is kept and applied when the record comes.
 * <p>
 * Thread-safe: the reader thread applies records while requests read.
 */
public final class DeskState {

    /** Where an article stands on the desk. */
    public enum Status { PENDING, APPROVED, REJECTED, SENT_BACK }

    /** The latest review record of one article. */
    public record ReviewItem(String key, RewrittenArticle article, ReviewRef ref) {

        public Instant heldAt() {
            return Instant.ofEpochMilli(ref.timestamp());
        }

        public List<String> failedGateCodes() {
            return article.failedGates().stream().map(GateResult::code).toList();
        }
    }

    /**
     * One article as the desk shows it.
     *
     * @param draft    the latest edit of this review record, if any: what an approval publishes
     * @param decision the final decision on this review record, if any
     * @param history  every decision on the article, oldest first (earlier review records included)
     */
    public record Entry(ReviewItem item, Status status, ReviewDecision draft, ReviewDecision decision,
                        List<ReviewDecision> history) {
    }

    /** How long an article has been waiting, as the queue filters it. */
    public enum Age {
        ANY("", null, null),
        UNDER_1H("lt1h", null, Duration.ofHours(1)),
        UNDER_1D("lt1d", null, Duration.ofDays(1)),
        OVER_1D("gt1d", Duration.ofDays(1), null),
        OVER_1W("gt1w", Duration.ofDays(7), null);

        private final String parameter;
        private final Duration atLeast;
        private final Duration under;

        Age(String parameter, Duration atLeast, Duration under) {
            this.parameter = parameter;
            this.atLeast = atLeast;
            this.under = under;
        }

        public String parameter() {
            return parameter;
        }

        /** The age named by a query parameter; ANY for none or an unknown one. */
        public static Age of(String parameter) {
            for (Age age : values()) {
                if (age.parameter.equals(parameter)) {
                    return age;
                }
            }
            return ANY;
        }

        boolean admits(Duration waited) {
            return (atLeast == null || waited.compareTo(atLeast) >= 0) && (under == null || waited.compareTo(under) < 0);
        }
    }

    /** Which pending articles to list; null or blank locale and gate mean any. */
    public record Filter(String locale, String gate, Age age) {

        public Filter {
            locale = locale == null || locale.isBlank() ? null : locale.strip();
            gate = gate == null || gate.isBlank() ? null : gate.strip();
            age = age == null ? Age.ANY : age;
        }

        boolean admits(ReviewItem item, Instant now) {
            return (locale == null || locale.equals(item.article().locale()))
                    && (gate == null || item.failedGateCodes().contains(gate))
                    && age.admits(Duration.between(item.heldAt(), now));
        }
    }

    /**
     * One page of the queue: the matching pending articles, newest first, at most the page size; how many match and
     * how many are pending in all; and the pending articles counted by locale and by failed gate (over the whole
     * queue, so that every filter value shows its count).
     */
    public record Queue(List<Entry> entries, int matching, int pending, SortedMap<String, Integer> byLocale,
                        SortedMap<String, Integer> byGate) {
    }

    private final Map<String, ReviewItem> reviews = new HashMap<>();
    private final Map<String, List<ReviewDecision>> decisions = new HashMap<>();

    /** A review record read from the topic; an older record of the same article than the one held is ignored. */
    public synchronized void review(ReviewItem item) {
        reviews.merge(item.key(), item, (held, read) -> read.ref().isCoveredBy(held.ref()) ? held : read);
    }

    /** A decision read from the topic. */
    public synchronized void decision(ReviewDecision decision) {
        decisions.computeIfAbsent(key(decision), k -> new ArrayList<>()).add(decision);
    }

    public synchronized Optional<Entry> entry(String key) {
        ReviewItem item = reviews.get(key);
        return item == null ? Optional.empty() : Optional.of(entryOf(item));
    }

    public synchronized Queue queue(Filter filter, Instant now, int pageSize) {
        List<Entry> pending = new ArrayList<>();
        SortedMap<String, Integer> byLocale = new TreeMap<>();
        SortedMap<String, Integer> byGate = new TreeMap<>();
        for (ReviewItem item : reviews.values()) {
            Entry entry = entryOf(item);
            if (entry.status() != Status.PENDING) {
                continue;
            }
            byLocale.merge(item.article().locale(), 1, Integer::sum);
            item.failedGateCodes().stream().distinct().forEach(code -> byGate.merge(code, 1, Integer::sum));
            if (filter.admits(item, now)) {
                pending.add(entry);
            }
        }
        int pendingCount = byLocale.values().stream().mapToInt(Integer::intValue).sum();
        pending.sort(Comparator.comparingLong((Entry entry) -> entry.item().ref().timestamp()).reversed()
                .thenComparing(entry -> entry.item().key()));
        List<Entry> page = pending.size() > pageSize ? pending.subList(0, pageSize) : pending;
        return new Queue(List.copyOf(page), pending.size(), pendingCount, byLocale, byGate);
    }

    private Entry entryOf(ReviewItem item) {
        List<ReviewDecision> history = decisions.getOrDefault(item.key(), List.of());
        ReviewDecision draft = null;
        ReviewDecision decision = null;
        for (ReviewDecision candidate : history) {
            if (!item.ref().isCoveredBy(candidate.review())) {
                continue; // taken on an older review record
            }
            if (candidate.isFinal()) {
                if (decision == null) {
                    decision = candidate; // the first final decision stands; a later one (a race) is history only
                }
            } else if (decision == null) {
                draft = candidate;
            }
        }
        Status status = decision == null ? Status.PENDING : switch (decision.action()) {
            case APPROVED -> Status.APPROVED;
            case SENT_BACK -> Status.SENT_BACK;
            default -> Status.REJECTED;
        };
        return new Entry(item, status, draft, decision, List.copyOf(history));
    }

    private static String key(ReviewDecision decision) {
        return ArticleKey.of(decision.id(), decision.locale());
    }
}
