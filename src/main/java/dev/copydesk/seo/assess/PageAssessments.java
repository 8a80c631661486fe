package dev.copydesk.seo.assess;

import dev.copydesk.analysis.Grades;
import dev.copydesk.analysis.KeyphraseMatcher;
import dev.copydesk.analysis.Terms;
import dev.copydesk.analysis.TextAnalysis;

import dev.copydesk.language.Whitespace;
import dev.copydesk.seo.Produced;
import dev.copydesk.seo.make.MetaDescriptionMaker;
import dev.copydesk.seo.make.TitleWidth;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.Assessment;

import java.util.List;

import static dev.copydesk.analysis.Grades.BAD;
import static dev.copydesk.analysis.Grades.GOOD;
import static dev.copydesk.analysis.Grades.OK;
import static dev.copydesk.analysis.Grades.format;

/** The SEO assessments of the page as a whole: length, title, description, headings, links and images. */
public final class PageAssessments {

    /**
     * Below this, search engines see a thin page, whatever the brief asks for (Yoast's text-length assessment sets
     * 300 words for a post). Not the brief's minimum, which is {@code copydesk.brief.min-words}.
     */
    public static final int THIN_PAGE_WORDS = 300;
    /** A title narrower than this leaves most of the search result's line empty. */
    public static final int MIN_TITLE_PIXELS = 400;
    /** With this many images or more, the keyphrase should be in 30–75 % of their alt texts, not in one. */
    public static final int MANY_IMAGES = 5;
    public static final double MIN_ALT_PERCENT = 30;
    public static final double MAX_ALT_PERCENT = 75;

    private final Produced produced;
    private final int maxTitleChars;

    public PageAssessments(Produced produced, int maxTitleChars) {
        this.produced = produced;
        this.maxTitleChars = maxTitleChars;
    }

    public List<Assessment> all() {
        return List.of(textLength(), seoTitleWidth(), metaDescriptionLength(), singleH1(), outboundLinks(),
                imageAltText());
    }

    /** Good at the brief's minimum (and at least a thin page's words), ok from a thin page's, bad below. */
    public Assessment textLength() {
        int words = produced.analysis().wordCount();
        int target = Math.max(THIN_PAGE_WORDS, produced.minWords());
        int score = words >= target ? GOOD : words >= THIN_PAGE_WORDS ? OK : BAD;
        return Assessment.scored("text-length", score, format(
                "The text has %d words; aim for at least %d (the brief asks for %d, search engines for %d).",
                words, target, produced.minWords(), THIN_PAGE_WORDS));
    }

    public Assessment seoTitleWidth() {
        String title = produced.seoTitle();
        double pixels = TitleWidth.pixels(title);
        boolean tooLong = pixels > TitleWidth.MAX_PIXELS || title.length() > maxTitleChars;
        int score = tooLong ? BAD : pixels < MIN_TITLE_PIXELS ? OK : GOOD;
        return Assessment.scored("seo-title-width", score, format(
                "The SEO title is %.0f px wide in Arial 20 px and has %d characters; aim for %d to %d px and at most %d characters.",
                pixels, title.length(), MIN_TITLE_PIXELS, TitleWidth.MAX_PIXELS, maxTitleChars));
    }

    public Assessment metaDescriptionLength() {
        int length = produced.metaDescription().length();
        int score = MetaDescriptionMaker.hasRightLength(produced.metaDescription()) ? GOOD : length == 0 ? 1 : OK;
        return Assessment.scored("meta-description-length", score, format(
                "The meta description has %d characters; aim for %d to %d.", length,
                MetaDescriptionMaker.MIN_CHARS, MetaDescriptionMaker.MAX_CHARS));
    }

    public Assessment singleH1() {
        int h1 = produced.page().h1Count();
        return Assessment.scored("single-h1", h1 == 1 ? GOOD : BAD,
                format("h1 headings on the page: %d; exactly one, the title, is expected.", h1));
    }

    /**
     * The source cited at the end of the article counts: it is an outbound link like any other. The renderer marks
     * every link to another site {@code nofollow} (the site does not vouch for what it links to), and a page whose
     * outbound links are all nofollowed is ok, not good, as Yoast rates it: such links pass on no ranking signal.
     */
    public Assessment outboundLinks() {
        int links = produced.page().outboundLinks();
        if (links == 0) {
            return Assessment.scored("outbound-links", BAD, "Links to other sites: 0; cite at least one source.");
        }
        return Assessment.scored("outbound-links", OK, format("Links to other sites: %d, all marked nofollow by the"
                + " renderer, so they pass on no ranking signal.", links));
    }

    /**
     * Every image has an alt text; the keyphrase in one of them, or in 30–75 % of them from 5 images. An alt text
     * names the keyphrase with at least half of its words, as in Yoast: a caption rarely repeats a whole keyphrase.
     */
    public Assessment imageAltText() {
        List<ArticleImage> images = produced.images();
        if (images.isEmpty()) {
            return Assessment.scored("image-alt-text", BAD, "The article has no image; add one with an alt text.");
        }
        KeyphraseMatcher matcher = new KeyphraseMatcher(produced.keyphrase(), produced.analysis().rules());
        long withoutAlt = images.stream().filter(image -> Whitespace.nonBlank(image.alt()).isEmpty()).count();
        long naming = images.stream().filter(image -> image.alt() != null
                && matcher.isReflectedIn(Terms.of(image.alt(), produced.analysis().rules()))).count();
        double percent = Grades.percent(naming, images.size());
        boolean enough = images.size() < MANY_IMAGES ? naming > 0
                : percent >= MIN_ALT_PERCENT && percent <= MAX_ALT_PERCENT;
        int score = withoutAlt > 0 ? BAD : enough ? GOOD : OK;
        return Assessment.scored("image-alt-text", score, format(
                "%d of %d images have an alt text, %d of them with the keyphrase.", images.size() - withoutAlt,
                images.size(), naming));
    }
}
