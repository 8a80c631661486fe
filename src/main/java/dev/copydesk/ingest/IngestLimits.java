package dev.copydesk.ingest;

import dev.copydesk.config.CopydeskConfig;

/**
 * How large a raw article may be, from {@code copydesk.ingest.*} (the defaults live in {@link CopydeskConfig}).
 * Each limit bounds work done for one record: characters to clean and analyse, model calls, outputs.
 */
public record IngestLimits(int maxIdChars, int maxBodyChars, int maxTargetLocales, int maxImages, int maxHighlights,
                           int maxFieldChars) {

    public static IngestLimits of(CopydeskConfig.Ingest ingest) {
        return new IngestLimits(ingest.maxIdChars(), ingest.maxBodyChars(), ingest.maxTargetLocales(),
                ingest.maxImages(), ingest.maxHighlights(), ingest.maxFieldChars());
    }
}
