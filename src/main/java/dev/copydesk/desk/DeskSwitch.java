package dev.copydesk.desk;

import dev.copydesk.config.CopydeskConfig;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Without the desk role, no desk URL exists: every {@code /desk} path, and the login form's post location, answers
 * 404 before authentication, so a worker shows neither a login page nor a hint that a desk could be there.
 */
@ApplicationScoped
public class DeskSwitch {

    /** The desk's pages and assets and the form login's post location, and nothing else (not "/desktop"). */
    static final String PATHS = "^/(desk(/.*)?|j_security_check)$";
    /** After the request's start time and headers are recorded, before the body handler and any authentication. */
    private static final int ORDER = Integer.MIN_VALUE + 1;

    void install(@Observes Router router, CopydeskConfig config) {
        if (DeskLog.enabled(config)) {
            return;
        }
        router.routeWithRegex(PATHS).order(ORDER)
                .handler(context -> context.response().setStatusCode(404).end());
    }
}
