package dev.copydesk.model;

/**
 * Where a review record is: its topic, partition and offset, and its Kafka timestamp (when the article was held for
 * review). A decision names the review record it decides on, so that a newer review record of the same article (a
 * replay, a new version) is pending again whatever was decided on the older one.
 */
public record ReviewRef(String topic, int partition, long offset, long timestamp) {

    /** Whether {@code this} review record is the one {@code decided} names, or an older one of the same key. */
    public boolean isCoveredBy(ReviewRef decided) {
        if (decided == null) {
            return false;
        }
        if (topic.equals(decided.topic) && partition == decided.partition) {
            return offset <= decided.offset;
        }
        // The topic was re-partitioned or renamed: offsets cannot be compared, the time of the records can.
        return timestamp <= decided.timestamp;
    }
}
