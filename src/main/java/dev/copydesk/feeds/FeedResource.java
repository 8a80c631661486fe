package dev.copydesk.feeds;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code GET /sitemap-news.xml} and {@code GET /feeds/{locale}.atom}. Each answer carries an ETag of its bytes, so
 * a crawler polling an unchanged sitemap gets a 304 without the body, and a short max-age.
 */
@Path("/")
public class FeedResource {

    static final String XML = "application/xml; charset=UTF-8";
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    private static final String ATOM_SUFFIX = ".atom";
    /** What a client is told to wait while the feeds are being loaded. */
    private static final int LOADING_RETRY_SECONDS = 5;

    private final PublishedFeeds feeds;

    FeedResource(PublishedFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("sitemap-news.xml")
    public Response sitemap(@Context Request request) {
        return unavailable().orElseGet(() ->
                answer(request, XML, NewsSitemap.write(feeds.store().sitemap(), feeds.publicationName())));
    }

    @GET
    @Path("feeds/{file}")
    public Response atom(@PathParam("file") String file, @Context Request request) {
        Optional<Response> unavailable = unavailable();
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        if (!file.endsWith(ATOM_SUFFIX)) {
            return notFound("Feeds are at /feeds/{locale}.atom, e.g. /feeds/fr-fr.atom.");
        }
        String asked = file.substring(0, file.length() - ATOM_SUFFIX.length());
        Optional<FeedLocale> locale = FeedLocale.parse(asked);
        if (locale.isEmpty()) {
            return notFound("Not a locale: a feed is named by a language tag such as fr-fr or en-gb.");
        }
        return feeds.store().atom(locale.get())
                .map(feed -> answer(request, ATOM,
                        AtomFeed.write(feed, feeds.publicationName(), feeds.atomUrl(feed.locale()))))
                .orElseGet(() -> notFound("No feed for locale " + locale.get().tag()
                        + ": no article was published in it."));
    }

    /** Disabled: 404, the worker serves no feeds. Loading: 503, a partial feed would withdraw articles. */
    private Optional<Response> unavailable() {
        return switch (feeds.state()) {
            case DISABLED -> Optional.of(notFound("This worker serves no feeds (copydesk.feeds.enabled=false)."));
            case LOADING -> Optional.of(Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, LOADING_RETRY_SECONDS)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("The feeds are being loaded from " + feeds.topic() + "; try again shortly.\n").build());
            case READY -> Optional.empty();
        };
    }

    private Response answer(Request request, String type, byte[] body) {
        EntityTag tag = new EntityTag(sha256(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(body, type);
        // Public: the same for every client, so a CDN in front of the workers may keep it too.
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + feeds.maxAge().toSeconds())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The message is ours (the asked locale is echoed only once parsed into a well-formed tag). */
    private static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message + "\n").build();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
