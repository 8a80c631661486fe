package dev.copydesk.drills;

import java.util.List;

/**
 * One record a drill sent, as the auditor must account for it: its article id, where it landed (from the
 * producer's RecordMetadata), the locales it fans out to (one accounting unit each), the outcome the drill expects
 * when it knows one (null otherwise), and the marker the drill wrote into it (see {@link MarkerFallback}).
 */
public record SentInput(String id, SourceCoord source, List<String> locales, Outcome expected, String marker) {

    public SentInput {
        locales = List.copyOf(locales);
    }
}
