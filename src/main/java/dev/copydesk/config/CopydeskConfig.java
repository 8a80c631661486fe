package dev.copydesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every copydesk option, under the {@code copydesk.} prefix. README.md documents each one. */
@ConfigMapping(prefix = "copydesk")
public interface CopydeskConfig {

    /** Topic names and consumer groups (their defaults live in application.properties, next to the channels). */
    Topics topics();

    /** Defaults for the fields a raw article's brief leaves out. */
    BriefDefaults brief();

    /** Languages the worker accepts as source or target. */
    Ingest ingest();

    /** The language model. */
    Llm llm();

    /** The rewrite stage. */
    Rewrite rewrite();

    /** The SEO stage. */
    Seo seo();

    /** The dead-letter topic. */
    DeadLetters deadLetters();

    /** Graceful shutdown and rebalances. */
    Shutdown shutdown();

    /**
     * How long a stage's input may have records waiting with none in progress and none begun before liveness
     * reports the worker stalled (StreamProgressCheck), so that Kubernetes restarts it.
     */
    @WithDefault("3m")
    Duration stallTimeout();

    /**
     * The stages this worker runs: rewrite, seo, or both (comma-separated). Applied by {@link StageRoles}, which
     * disables the input channel of a stage not run; here so that the value is validated and documented with the
     * rest.
     */
    @WithDefault(StageRoles.DEFAULT)
    List<String> stages();

    /** The response cache shared by workers through a compacted topic. */
    Cache cache();

    /** The review desk (role {@code desk}). */
    Desk desk();

    /** The news sitemap and Atom feeds served from the published topic. */
    Feeds feeds();

    /**
     * The news sitemap ({@code /sitemap-news.xml}) and one Atom feed per locale ({@code /feeds/{locale}.atom}),
     * built from the compacted published topic, which the worker then reads in full, without a consumer group.
     */
    interface Feeds {
        /** Serve the feeds; off by default so that a worker that only runs stages does not read the published topic. */
        @WithDefault("false")
        boolean enabled();

        /** The publication's name in the news sitemap and the Atom feeds; default copydesk.seo.publisher-name. */
        Optional<String> publicationName();

        /** Entries of each Atom feed: the locale's latest articles. */
        @WithDefault("50")
        int atomEntries();

        /** How long a client or a CDN may reuse a sitemap or feed (Cache-Control max-age). */
        @WithDefault("60s")
        Duration maxAge();
    }

    /** The redrive command, which sends dead letters back to their source topic. */
    Redrive redrive();

    interface Redrive {
        /**
         * Trips a record may make from the dead-letter topic back to its source: a dead letter whose redrive count
         * (header copydesk-redrive-count, kept by the stages on a new dead letter) reached it is not sent again.
         */
        @WithDefault("3")
        int maxCount();
    }

    interface Topics {
        /** Raw newswire articles (input of the rewrite stage). */
        @WithDefault("articles.raw")
        String raw();

        /** Rewritten articles, one per locale (output of rewrite, input of SEO). */
        @WithDefault("articles.rewritten")
        String rewritten();

        /** Web-ready articles (compacted). */
        @WithDefault("articles.published")
        String published();

        /** One processing event per article, locale and stage. */
        @WithDefault("articles.metrics")
        String metrics();

        /** Rejected input, original bytes with the reason in headers. */
        @WithDefault("articles.dlq")
        String dlq();

        /** Rewritten articles an editor must look at (status needs_review), with the failed gates. */
        @WithDefault("articles.review")
        String review();

        /**
         * Finished model rewrites by input hash (compacted), shared by the workers and kept across restarts; created
         * only when copydesk.cache.shared is on.
         */
        @WithDefault("articles.llm-cache")
        String llmCache();

        /**
         * Editors' decisions on review articles (approved, edited, rejected), append-only with unlimited retention:
         * with the review topic, the desk's whole record.
         */
        @WithDefault("articles.review-decisions")
        String reviewDecisions();

        /** Consumer group of the rewrite stage. */
        @WithDefault("copydesk-rewrite")
        String rewriteGroup();

        /** Consumer group of the SEO stage. */
        @WithDefault("copydesk-seo")
        String seoGroup();

        /** Create missing topics at startup (the published topic compacted); turn off where ops own the topics. */
        @WithDefault("true")
        boolean autoCreate();

        /** Partitions of topics created at startup: the most workers per consumer group that can share the work. */
        @WithDefault("6")
        int partitions();

        /**
         * Replication factor of topics created at startup. With min-insync-replicas 2, an acknowledged write is held
         * by two brokers, and one broker can be lost or restarted without losing or refusing writes. The local
         * profile (one broker) uses 1.
         */
        @WithDefault("3")
        short replicationFactor();

        /**
         * min.insync.replicas of topics created at startup: how many copies a write needs before the broker
         * acknowledges it (the producers send with acks=all). The local profile uses 1.
         */
        @WithDefault("2")
        int minInsyncReplicas();
    }

    /**
     * The response cache of the rewrite stage, shared through the compacted topic copydesk.topics.llm-cache: every
     * accepted answer is written there, and every worker reads the topic into its local cache at startup and keeps
     * reading it, so that a replay of unchanged input costs no model call on any worker, after restarts too.
     */
    interface Cache {
        /** Share the cache through the topic; off = each worker's in-process cache only, empty at each start. */
        @WithDefault("true")
        boolean shared();

        /**
         * How long the rewrite stage waits, after startup, for the topic to be read up to its end before it works on
         * records anyway (a slow broker must not hold the worker forever; the reading goes on in the background).
         * Without this wait a restarted worker replaying articles would pay the model for answers already cached.
         */
        @WithDefault("30s")
        Duration initialLoadTimeout();
    }

    /** The review desk: pages where editors approve, edit or reject the articles held for review. */
    interface Desk {
        /**
         * How long an action waits for the desk's own reader to see the decision it wrote, so that the next page
         * shows it; past this the page says the decision is written but not yet shown.
         */
        @WithDefault("10s")
        Duration decisionWait();

        /** Most articles listed on one queue page (the counts cover the whole queue). */
        @WithDefault("200")
        int pageSize();
    }

    /** How a stopping worker ends its work (SIGTERM, a rolling update). */
    interface Shutdown {
        /**
         * How long records already being worked on may take to finish and be written once the worker is told to
         * stop; new records are no longer worked on. Keep it under the pod's terminationGracePeriodSeconds with room
         * for the consumers to commit and leave their groups (the chart: 60 s).
         */
        @WithDefault("20s")
        Duration grace();

        /**
         * How long to wait for abandoned work (at the end of the grace, or on a partition taken away by a rebalance)
         * to stop after it was interrupted. It can no longer write either way; the wait keeps one article from being
         * worked on by two workers at once.
         */
        @WithDefault("5s")
        Duration abandonTimeout();
    }

    interface BriefDefaults {
        /** Target locales when the brief names none. */
        @WithDefault("fr-FR")
        List<String> targetLocales();

        /** Minimum length of the finished article, in words. */
        @WithDefault("700")
        int minWords();

        /** Whether the article is structured with subheadings. */
        @WithDefault("true")
        boolean subheadings();

        /** Whether the title is rewritten rather than kept. */
        @WithDefault("true")
        boolean customTitle();

        /** Tone given to the model when the brief has none. */
        @WithDefault("neutral, factual news style")
        String tone();
    }

    /**
     * What a raw article may be. The limits are checked right after parsing, before any cleaning, language
     * detection or model call, so that an oversized record costs nothing but its dead letter.
     */
    interface Ingest {
        /** ISO 639-1 codes of the languages accepted for source text and target locales. */
        @WithDefault("fr,en,es,de,it,pt,nl")
        List<String> supportedLanguages();

        /** Largest accepted body, in characters; a longer one is dead-lettered as {@code body-too-large}. */
        @WithDefault("200000")
        int maxBodyChars();

        /** Longest accepted id, in characters (it is in every key and URL); else {@code id-too-long}. */
        @WithDefault("200")
        int maxIdChars();

        /** Most target locales in one brief (each is a model call and an article); else too-many-target-locales. */
        @WithDefault("10")
        int maxTargetLocales();

        /** Most images in one article; else {@code too-many-images}. */
        @WithDefault("50")
        int maxImages();

        /** Most highlights in one article; else {@code too-many-highlights}. */
        @WithDefault("50")
        int maxHighlights();

        /**
         * Longest accepted short text field, in characters: title, language, each highlight, image url, caption
         * and credit, source url, publisher and author, brief keyphrase, tone and each target locale; else
         * {@code field-too-long:<path>}.
         */
        @WithDefault("2000")
        int maxFieldChars();
    }

    /** The dead-letter topic. */
    interface DeadLetters {
        /**
         * When a dead letter is itself refused (larger than the producer or the broker accepts), the fallback dead
         * letter carries only this many bytes of the original value and of its key, with the original's topic,
         * partition, offset and size in headers so that it can be fetched from its source.
         */
        @WithDefault("16384")
        int fallbackPayloadBytes();
    }

    /**
     * The language model. The defaults of model, temperature, max-output-tokens, timeout and ollama-base-url are in
     * application.properties, not here: quarkus-langchain4j reads its properties that refer to them at build time,
     * before mapping defaults exist. They are the only copydesk defaults outside this interface.
     */
    interface Llm {
        /**
         * {@code auto} (OpenAI-compatible when {@code base-url} is set, else passthrough), {@code openai},
         * {@code ollama}, {@code azure} or {@code passthrough}.
         */
        @WithDefault("auto")
        String provider();

        /** OpenAI-compatible base URL ending in /v1 (env COPYDESK_LLM_BASE_URL). */
        Optional<String> baseUrl();

        /** API key (env COPYDESK_LLM_API_KEY); never logged. */
        Optional<String> apiKey();

        /** Model name (env COPYDESK_LLM_MODEL). */
        String model();

        /** Sampling temperature. */
        double temperature();

        /** Upper bound on the tokens of one answer. */
        int maxOutputTokens();

        /** Timeout of one HTTP call to the model. */
        Duration timeout();

        /** Base URL of a native Ollama server, used when provider = ollama. */
        String ollamaBaseUrl();

        /** Azure OpenAI, used when provider = azure. */
        Azure azure();

        interface Azure {
            /** Deployment URL: https://RESOURCE.openai.azure.com/openai/deployments/DEPLOYMENT. */
            Optional<String> endpoint();

            /** Azure OpenAI API version. */
            @WithDefault("2024-10-21")
            String apiVersion();
        }

        /** Price of 1,000 prompt tokens, for provenance.estimatedCost and the cost meter; 0 = unpriced. */
        @WithDefault("0")
        double pricePer1kInput();

        /** Price of 1,000 completion tokens. */
        @WithDefault("0")
        double pricePer1kOutput();
    }

    interface Rewrite {
        /**
         * LLM calls in flight per worker (records of different articles processed at once). Its default (16) is in
         * application.properties: the channel's {@code max.poll.records} reads it through an expression before mapping
         * defaults exist.
         */
        int maxInFlight();

        /** First wait before retrying a failed LLM call; doubles on each failure, with jitter. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** Longest wait between two LLM retries. */
        @WithDefault("60s")
        Duration maxBackoff();

        /** Attempts when the model answers something that is not the Markdown contract; then dead-letter. */
        @WithDefault("3")
        int maxUnparseableAttempts();

        /** Follow-up calls asking the model to fix failed gates, before the article goes to review. */
        @WithDefault("2")
        int maxRepairs();

        /**
         * One more call, once the gates pass, asking the model to meet the search and readability targets its draft
         * misses (keyphrase placement and density, sentence and paragraph length, transitions, subheadings); the
         * repaired draft replaces the first only if it passes every gate again.
         */
        @WithDefault("true")
        boolean seoRepair();

        /**
         * Bytes of finished rewrites kept in memory by input hash (each entry weighs its JSON size), so that a replay
         * of unchanged input costs nothing; the least used entries go first. An 800-word rewrite's entry is about
         * 7 kB, so the default, 64 MiB, holds some 9,000 of them (what the former bound of 10,000 entries held for
         * such articles); a bound in bytes, unlike one in entries, holds however long the articles are.
         */
        @WithDefault("67108864")
        long cacheMaxBytes();

        /** Tries of a request the provider refuses as such (HTTP 400, 413, 422) before dead-lettering it. */
        @WithDefault("3")
        int maxRejectedAttempts();

        /** This worker's share of the provider's tokens-per-minute quota; 0 = unlimited. */
        @WithDefault("0")
        long tokensPerMinute();

        /** This worker's share of the provider's requests-per-minute quota; 0 = unlimited. */
        @WithDefault("0")
        long requestsPerMinute();

        /** The circuit breaker. */
        Circuit circuit();

        /** How long the model may fail one article on its own before the article is dead-lettered. */
        ArticleFailure articleFailure();

        /**
         * Failures of one article that other calls do not share: a 5xx, a timeout or an empty answer while the
         * provider answers other calls (or a canary request). Failures shared with other calls (an outage) never
         * count here.
         */
        interface ArticleFailure {
            /** Failures of its own after which the article is dead-lettered as {@code llm-failed-for-article}. */
            @WithDefault("4")
            int maxAttempts();

            /**
             * Time spent on those failed calls and the waits after them after which the article is dead-lettered,
             * whichever of the two limits comes first.
             */
            @WithDefault("10m")
            Duration maxDuration();
        }

        interface Circuit {
            /** Consecutive failed calls (outage kind) that open the circuit. */
            @WithDefault("5")
            int failureThreshold();

            /** How long the circuit stays open before one call probes the model. */
            @WithDefault("10s")
            Duration openFor();

            /** Longest open period: each failed probe doubles it up to this. */
            @WithDefault("5m")
            Duration maxOpenFor();
        }
    }

    interface Seo {
        /**
         * Records the SEO stage works on at once per worker (records of one key never at once). Its default lives
         * in application.properties, where the channel's concurrency settings refer to it.
         */
        int maxInFlight();

        /** Maximum SEO title length in characters. */
        @WithDefault("60")
        int maxTitleChars();

        /** Base URL under which articles are published; canonical URLs are base + locale + slug. */
        Optional<String> siteUrl();

        /** Publisher name for JSON-LD when the source names none. */
        @WithDefault("copydesk")
        String publisherName();

        /**
         * SEO score (0–100) below which the stage fixes title, meta description, slug and alt text around the
         * keyphrase, and below which an article that stays there goes out needs_review; 0 turns both off.
         */
        @WithDefault("70")
        int minScore();
    }
}
