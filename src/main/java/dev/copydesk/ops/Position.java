package dev.copydesk.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One end of a replay's range ({@code --from}, {@code --to}): a point in time, or offsets of named partitions.
 * A time selects, in every partition, the records whose Kafka timestamp is at or after it (from) or before it (to);
 * offsets select only the partitions they name, from an offset (included) or up to one (excluded).
 */
public sealed interface Position {

    /** Records with a Kafka timestamp at or after {@code instant} (from), or before it (to). */
    record AtTime(Instant instant) implements Position {
    }

    /** Offsets by partition: from the offset, included; up to the offset, excluded. */
    record AtOffsets(Map<Integer, Long> offsets) implements Position {
        public AtOffsets {
            offsets = Collections.unmodifiableMap(new TreeMap<>(offsets));
        }
    }

    /**
     * Reads {@code text}: an ISO 8601 time with an offset ({@code 2026-11-29T10:00:00Z},
     * {@code 2026-11-29T11:00:00+01:00}), a date (midnight UTC), or {@code partition:offset} pairs separated by
     * commas ({@code 0:120,3:4000}).
     *
     * @param option the option being read, named in the error
     * @throws IllegalArgumentException saying what was wrong and what is accepted
     */
    static Position parse(String option, String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(option + " is empty; " + ACCEPTED);
        }
        if (value.matches("[0-9]+:.*")) {
            return offsets(option, value);
        }
        return new AtTime(time(option, value));
    }

    /** The accepted forms, for error messages. */
    String ACCEPTED = "give an ISO 8601 time with its offset (2026-11-29T10:00:00Z), a date (2026-11-29, midnight UTC) "
            + "or partition:offset pairs (0:120,3:4000)";

    /** Reads an ISO 8601 time with an offset, or a date (midnight UTC); used by --since as well. */
    static Instant time(String option, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                String hint = value.matches("\\d{4}-\\d{2}-\\d{2}T[^Z+-]*") ? " (the time has no offset: add Z for UTC)"
                        : "";
                throw new IllegalArgumentException(option + " '" + value + "' is not a time" + hint + "; " + ACCEPTED);
            }
        }
    }

    private static AtOffsets offsets(String option, String value) {
        Map<Integer, Long> offsets = new TreeMap<>();
        for (String pair : value.split(",")) {
            String trimmed = pair.trim();
            String[] parts = trimmed.split(":", -1);
            if (parts.length != 2 || !parts[0].trim().matches("[0-9]{1,9}") || !parts[1].trim().matches("[0-9]{1,18}")) {
                throw new IllegalArgumentException(option + " '" + trimmed + "' is not partition:offset (two "
                        + "non-negative integers, e.g. 3:4000); " + ACCEPTED);
            }
            int partition = Integer.parseInt(parts[0].trim());
            if (offsets.put(partition, Long.parseLong(parts[1].trim())) != null) {
                throw new IllegalArgumentException(option + " names partition " + partition + " twice");
            }
        }
        return new AtOffsets(offsets);
    }
}
