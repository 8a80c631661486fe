package dev.copydesk.model;

/**
 * Which raw record an article was made from: its topic, partition, offset and timestamp. Records of one article id
 * share a partition, so a later version of an article always has a higher offset; every output carries this, and a
 * reader of the compacted published topic (or an auditor) can tell a newer version from an older one.
 */
public record SourceVersion(String topic, int partition, long offset, long timestamp) {

    /** Whether this version was read after {@code other} from the same partition of the same topic. */
    public boolean isNewerThan(SourceVersion other) {
        return other == null || (topic.equals(other.topic) && partition == other.partition && offset > other.offset);
    }
}
