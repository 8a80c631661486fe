package dev.copydesk.seo;

import dev.copydesk.analysis.ArticleText;
import dev.copydesk.seo.assess.KeyphraseAssessments;
import dev.copydesk.seo.make.ImageAltTexts;
import dev.copydesk.seo.make.MetaDescriptionMaker;
import dev.copydesk.seo.make.SeoTitleMaker;
import dev.copydesk.seo.make.Slugger;

import dev.copydesk.model.ArticleImage;
import dev.copydesk.language.Language;

import java.util.List;

/**
 * The fixing pass, run when the SEO score is below the configured minimum: everything the stage makes itself is
 * remade with the keyphrase put where the assessments look for it, overriding the rewriter's suggestions.
 * <ul>
 *   <li>SEO title: the keyphrase in front when the title lacks it, the end of the title cut to make room;</li>
 *   <li>meta description: text from the first sentence naming the keyphrase, else "Keyphrase: lead";</li>
 *   <li>slug: made from the keyphrase then the title, when it lacks a keyphrase word;</li>
 *   <li>lead image alt text: "Keyphrase: caption", when no alt text names it and the source wrote none.</li>
 * </ul>
 * The text itself is never changed: a keyphrase missing from the introduction or a section too long is the
 * rewriter's to fix, and the article goes to review instead. Each fix leaves what already passes as it is.
 */
public final class SeoFixer {

    private final SeoTitleMaker titleMaker;
    private final MetaDescriptionMaker metaDescriptionMaker;

    public SeoFixer(SeoTitleMaker titleMaker, MetaDescriptionMaker metaDescriptionMaker) {
        this.titleMaker = titleMaker;
        this.metaDescriptionMaker = metaDescriptionMaker;
    }

    /**
     * {@code produced} with the fixes; its page is the unfixed one, which the caller renders again if an alt text
     * changed.
     */
    public Produced fix(Produced produced, List<ArticleImage> sourceImages, String articleId) {
        ArticleText text = produced.text();
        Language rules = text.rules();
        String keyphrase = produced.keyphrase();
        String seoTitle = titleMaker.withKeyphrase(produced.seoTitle(), keyphrase, rules);
        String metaDescription = metaDescriptionMaker.withKeyphrase(produced.analysis(), produced.metaDescription(), keyphrase);
        String slug = slugHasKeyphrase(produced) ? produced.slug()
                : Slugger.slug(keyphrase + " " + seoTitle, rules, keyphrase, articleId);
        List<ArticleImage> images = ImageAltTexts.withKeyphrase(produced.images(), sourceImages, text.title(),
                keyphrase, rules);
        return produced.withFixes(seoTitle, metaDescription, slug, images);
    }

    private static boolean slugHasKeyphrase(Produced produced) {
        return "good".equals(new KeyphraseAssessments(produced).inSlug().rating());
    }
}
