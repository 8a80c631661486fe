package dev.copydesk.rewrite;

import dev.copydesk.ingest.NormalizedArticle;
import dev.copydesk.model.ArticleImage;
import dev.copydesk.model.SourceImage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The article's images, given the captions that were found pasted into the text when the feed sent none. */
final class ArticleImages {

    private ArticleImages() {
    }

    static List<ArticleImage> of(NormalizedArticle article) {
        Iterator<String> strayCaptions = article.strayCaptions().iterator();
        List<ArticleImage> images = new ArrayList<>();
        for (SourceImage image : article.raw().images()) {
            String caption = image.caption();
            if ((caption == null || caption.isBlank()) && strayCaptions.hasNext()) {
                caption = strayCaptions.next();
            }
            images.add(new ArticleImage(image.url(), caption, image.credit(), null));
        }
        return images;
    }
}
