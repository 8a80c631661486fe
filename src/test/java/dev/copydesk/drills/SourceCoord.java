package dev.copydesk.drills;

/**
 * Where an input record sits: the record an output was made from. For a raw article this is its place on
 * {@code articles.raw}; the product's {@code sourceVersion} field carries the same three values on every output.
 */
public record SourceCoord(String topic, int partition, long offset) {

    @Override
    public String toString() {
        return topic + "/" + partition + "@" + offset;
    }
}
