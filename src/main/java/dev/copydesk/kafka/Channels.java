package dev.copydesk.kafka;

/** Names of the messaging channels; topics are bound to them in application.properties. */
public final class Channels {

    /** Incoming raw articles, consumed by the rewrite stage. */
    public static final String RAW_ARTICLES = "raw-articles";
    /** Rewritten articles produced by the rewrite stage. */
    public static final String REWRITTEN_ARTICLES_OUT = "rewritten-articles-out";
    /** Rewritten articles consumed by the SEO stage (same topic, other consumer group). */
    public static final String REWRITTEN_ARTICLES = "rewritten-articles";
    /** Web-ready articles. */
    public static final String PUBLISHED_ARTICLES = "published-articles";
    /** Processing events. */
    public static final String ARTICLE_METRICS = "article-metrics";
    /** Rewritten articles that need an editor. */
    public static final String REVIEW_ARTICLES = "review-articles";
    /** Rejected records. */
    public static final String DEAD_LETTERS = "dead-letters";

    private Channels() {
    }
}
