package dev.copydesk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable map copies that keep their order: events must serialise identically for identical input. */
final class Maps {

    private Maps() {
    }

    static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
