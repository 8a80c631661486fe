package dev.copydesk.drills;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * FALLBACK, to delete once the product writes {@code sourceVersion} on every output (issue 9, being added in
 * parallel): delete this class and its one use in {@link Auditor#attribute}. Until then an output is matched to
 * its input by the marker each drill writes into the input's {@code source.url} ({@code ?drill-input=<marker>},
 * carried through both stages), or, when the URL did not survive (a hostile input's script URL is dropped), by an
 * article id that only one input has.
 */
final class MarkerFallback {

    static final String PARAM = "drill-input=";

    private final Map<String, SentInput> byMarker = new HashMap<>();
    private final Map<String, List<SentInput>> byId;

    MarkerFallback(List<SentInput> inputs) {
        for (SentInput input : inputs) {
            if (input.marker() != null) {
                byMarker.put(input.marker(), input);
            }
        }
        byId = inputs.stream().filter(input -> input.id() != null)
                .collect(Collectors.groupingBy(SentInput::id));
    }

    /** The source URL of an input with this marker. */
    static String markedUrl(String url, String marker) {
        return url + (url.contains("?") ? "&" : "?") + PARAM + marker;
    }

    SentInput match(OutputRecord.ValueFacts facts) {
        if (facts == null) {
            return null;
        }
        String url = facts.sourceUrl();
        if (url != null && url.contains(PARAM)) {
            String marker = url.substring(url.indexOf(PARAM) + PARAM.length()).split("[&#]", 2)[0];
            SentInput input = byMarker.get(marker);
            if (input != null) {
                return input;
            }
        }
        List<SentInput> sameId = facts.id() == null ? List.of() : byId.getOrDefault(facts.id(), List.of());
        return sameId.size() == 1 ? sameId.get(0) : null;
    }
}
