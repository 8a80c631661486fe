package dev.copydesk.desk;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.model.Assessment;
import dev.copydesk.model.GateResult;
import dev.copydesk.model.ReviewDecision;
import dev.copydesk.model.RewrittenArticle;
import dev.copydesk.model.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desk's pages: the queue, one article, its editor, and the three actions. Every page and action needs the
 * {@code editor} role; forms carry a CSRF token (quarkus-rest-csrf checks it on every form POST). Qute escapes every
 * value it writes into these HTML templates, article text included, and no template writes a value raw.
 */
@Path("/desk")
@RolesAllowed(DeskResource.EDITOR)
@Produces(MediaType.TEXT_HTML)
public class DeskResource {

    public static final String EDITOR = "editor";

    @CheckedTemplate(basePath = "desk")
    static class Templates {
        static native TemplateInstance queue(String user, boolean loaded, int pending, int matching, List<Row> rows,
                                             List<Option> locales, List<Option> gates, List<Option> ages);

        static native TemplateInstance article(String user, View view);

        static native TemplateInstance edit(String user, View view, String markdown, String error);

        static native TemplateInstance refused(String user, int status, String message, String back);
    }

    /** One line of the queue. */
    public record Row(String key, String id, String locale, String title, List<String> gates, String age,
                      Instant heldAt, boolean edited, String href) {
    }

    /** One choice of a filter. */
    public record Option(String value, String label, boolean selected) {

        static List<Option> counted(String any, java.util.SortedMap<String, Integer> counts, String selected) {
            List<Option> options = new ArrayList<>();
            options.add(new Option("", any, selected == null));
            counts.forEach((value, count) -> options.add(new Option(value, value + " (" + count + ")",
                    value.equals(selected))));
            return options;
        }
    }

    /** A block of text (title, standfirst, heading, paragraph) cut into marked and unmarked runs. */
    public record Block(String kind, List<GateHighlights.Segment> segments) {
    }

    /** Everything the article page shows. */
    public record View(DeskState.Entry entry, RewrittenArticle article, String key, String href, String editHref,
                       long reviewOffset,
                       List<Block> source, String sourceNote, List<Block> rewrite, List<GateResult> failed,
                       List<GateResult> passed, boolean gatesRerun, boolean edited, List<Assessment> scores,
                       List<Assessment> assessments, List<ReviewDecision> history, boolean pending) {
    }

    private final DeskLog log;
    private final ReviewActions actions;
    private final CopydeskConfig config;
    private final SecurityIdentity identity;

    DeskResource(DeskLog log, ReviewActions actions, CopydeskConfig config, SecurityIdentity identity) {
        this.log = log;
        this.actions = actions;
        this.config = config;
        this.identity = identity;
    }

    @GET
    public TemplateInstance queue(@QueryParam("locale") String locale, @QueryParam("gate") String gate,
                                  @QueryParam("age") String age) {
        DeskState.Filter filter = new DeskState.Filter(locale, gate, DeskState.Age.of(age));
        Instant now = Instant.now();
        DeskState.Queue queue = log.state().queue(filter, now, config.desk().pageSize());
        List<Row> rows = queue.entries().stream().map(entry -> row(entry, now)).toList();
        List<Option> ages = List.of(
                new Option(DeskState.Age.ANY.parameter(), "any age", filter.age() == DeskState.Age.ANY),
                new Option(DeskState.Age.UNDER_1H.parameter(), "under 1 hour", filter.age() == DeskState.Age.UNDER_1H),
                new Option(DeskState.Age.UNDER_1D.parameter(), "under 1 day", filter.age() == DeskState.Age.UNDER_1D),
                new Option(DeskState.Age.OVER_1D.parameter(), "1 day or more", filter.age() == DeskState.Age.OVER_1D),
                new Option(DeskState.Age.OVER_1W.parameter(), "1 week or more", filter.age() == DeskState.Age.OVER_1W));
        return Templates.queue(user(), log.loaded(), queue.pending(), queue.matching(), rows,
                Option.counted("all locales", queue.byLocale(), filter.locale()),
                Option.counted("all gates", queue.byGate(), filter.gate()), ages);
    }

    @GET
    @Path("/article")
    public Response article(@QueryParam("key") String key) {
        Optional<DeskState.Entry> entry = entry(key);
        if (entry.isEmpty()) {
            return refused(DeskException.notFound(key));
        }
        return Response.ok(Templates.article(user(), view(entry.get()))).build();
    }

    @GET
    @Path("/article/edit")
    public Response editor(@QueryParam("key") String key) {
        Optional<DeskState.Entry> entry = entry(key);
        if (entry.isEmpty()) {
            return refused(DeskException.notFound(key));
        }
        return Response.ok(Templates.edit(user(), view(entry.get()), actions.markdownOf(entry.get()), null)).build();
    }

    @POST
    @Path("/article/edit")
    public Response edit(@FormParam("key") String key, @FormParam("review") long review,
                         @FormParam("markdown") String markdown) {
        try {
            actions.edit(key, review, user(), markdown);
            return seeOther(articleHref(key) + "#checks");
        } catch (DeskException refused) {
            Optional<DeskState.Entry> entry = entry(key);
            if (refused.status() == 400 && entry.isPresent()) {
                // The text stays in the editor, with what is wrong with it.
                return Response.status(400).entity(Templates.edit(user(), view(entry.get()), markdown,
                        refused.getMessage())).build();
            }
            return refused(refused);
        }
    }

    @POST
    @Path("/article/approve")
    public Response approve(@FormParam("key") String key, @FormParam("review") long review,
                            @FormParam("note") String note) {
        return backToQueue(() -> actions.approve(key, review, user(), note));
    }

    @POST
    @Path("/article/reject")
    public Response reject(@FormParam("key") String key, @FormParam("review") long review,
                           @FormParam("reason") String reason) {
        return backToQueue(() -> actions.reject(key, review, user(), reason));
    }

    @POST
    @Path("/article/send-back")
    public Response sendBack(@FormParam("key") String key, @FormParam("review") long review,
                             @FormParam("request") String request) {
        return backToQueue(() -> actions.sendBack(key, review, user(), request));
    }

    /** A final decision: back to the queue once it is recorded, or the page that says why it was refused. */
    private Response backToQueue(Runnable decision) {
        try {
            decision.run();
            return seeOther("/desk");
        } catch (DeskException refused) {
            return refused(refused);
        }
    }

    private Optional<DeskState.Entry> entry(String key) {
        return key == null ? Optional.empty() : log.state().entry(key);
    }

    private View view(DeskState.Entry entry) {
        ReviewActions.Checked checked = actions.current(entry);
        List<GateHighlights.Term> terms = GateHighlights.of(checked.gates());
        List<GateHighlights.Term> onRewrite = GateHighlights.on(GateHighlights.Side.REWRITE, terms);
        List<GateHighlights.Term> onSource = GateHighlights.on(GateHighlights.Side.SOURCE, terms);
        List<Block> source = checked.source().map(normalized -> sourceBlocks(normalized, onSource)).orElse(List.of());
        String sourceNote = checked.source().isPresent() ? null
                : "The raw article is no longer on its topic (retention) or cannot be read: the source cannot be "
                + "shown and the integrity gates cannot be run again on an edit.";
        List<Assessment> scores = checked.assessments().stream()
                .filter(assessment -> assessment.id().endsWith("-score")).toList();
        List<Assessment> assessments = checked.assessments().stream()
                .filter(assessment -> !assessment.id().endsWith("-score")).toList();
        RewrittenArticle article = checked.article();
        String key = entry.item().key();
        return new View(entry, article, key, articleHref(key), editHref(key), entry.item().ref().offset(), source,
                sourceNote,
                rewriteBlocks(article, onRewrite), checked.gates().stream().filter(gate -> !gate.passed()).toList(),
                checked.gates().stream().filter(GateResult::passed).toList(), checked.gatesRerun(),
                entry.draft() != null, scores, assessments, entry.history(),
                entry.status() == DeskState.Status.PENDING);
    }

    private static List<Block> sourceBlocks(NormalizedArticle source, List<GateHighlights.Term> terms) {
        List<Block> blocks = new ArrayList<>();
        if (source.title() != null) {
            blocks.add(new Block("title", GateHighlights.segments(source.title(), terms)));
        }
        source.highlights().forEach(text -> blocks.add(new Block("highlight", GateHighlights.segments(text, terms))));
        source.paragraphs().forEach(text -> blocks.add(new Block("paragraph", GateHighlights.segments(text, terms))));
        return blocks;
    }

    private static List<Block> rewriteBlocks(RewrittenArticle article, List<GateHighlights.Term> terms) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("title", GateHighlights.segments(article.title(), terms)));
        if (article.standfirst() != null) {
            blocks.add(new Block("standfirst", GateHighlights.segments(article.standfirst(), terms)));
        }
        for (Section section : article.sections()) {
            if (section.heading() != null) {
                blocks.add(new Block("heading", GateHighlights.segments(section.heading(), terms)));
            }
            section.paragraphs().forEach(text -> blocks.add(new Block("paragraph",
                    GateHighlights.segments(text, terms))));
        }
        return blocks;
    }

    private static Row row(DeskState.Entry entry, Instant now) {
        DeskState.ReviewItem item = entry.item();
        RewrittenArticle article = item.article();
        return new Row(item.key(), article.id(), article.locale(), article.title(),
                item.failedGateCodes().stream().distinct().toList(), age(Duration.between(item.heldAt(), now)),
                item.heldAt(), entry.draft() != null, articleHref(item.key()));
    }

    static String age(Duration waited) {
        if (waited.isNegative() || waited.toMinutes() < 1) {
            return "just now";
        }
        if (waited.toHours() < 1) {
            return waited.toMinutes() + " min";
        }
        if (waited.toDays() < 1) {
            return waited.toHours() + " h";
        }
        return waited.toDays() + " d";
    }

    static String articleHref(String key) {
        return "/desk/article?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    static String editHref(String key) {
        return "/desk/article/edit?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private Response refused(DeskException refused) {
        return Response.status(refused.status())
                .entity(Templates.refused(user(), refused.status(), refused.getMessage(), "/desk")).build();
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
