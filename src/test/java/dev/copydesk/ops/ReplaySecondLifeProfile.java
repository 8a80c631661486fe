package dev.copydesk.ops;

/**
 * The same worker as {@link ReplayFirstLifeProfile}, restarted: same configuration, topics and groups. Another
 * profile class is what makes Quarkus stop the first application and start a new one, with an empty in-process
 * rewrite cache.
 */
public class ReplaySecondLifeProfile extends ReplayFirstLifeProfile {
}
