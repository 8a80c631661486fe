package dev.copydesk.seo.assess;

import dev.copydesk.analysis.Grades;
import dev.copydesk.analysis.ReadabilityAssessments;
import dev.copydesk.analysis.TextAnalysis;

import dev.copydesk.seo.Produced;

import dev.copydesk.model.Assessment;

import java.util.ArrayList;
import java.util.List;

import static dev.copydesk.analysis.Grades.format;

/**
 * Runs the SEO assessments (keyphrase, page) and the readability ones and sums them up as two 0–100 scores.
 * Readability depends on the text alone, which the SEO stage never changes, so it is assessed once; the SEO
 * assessments again after each fix.
 */
public final class SeoAssessor {

    private final int maxTitleChars;

    public SeoAssessor(int maxTitleChars) {
        this.maxTitleChars = maxTitleChars;
    }

    /** Every SEO assessment, in a fixed order: keyphrase ones, then page ones. */
    public List<Assessment> seo(Produced produced) {
        List<Assessment> assessments = new ArrayList<>(new KeyphraseAssessments(produced).all());
        assessments.addAll(new PageAssessments(produced, maxTitleChars).all());
        return assessments;
    }

    public List<Assessment> readability(TextAnalysis analysis) {
        return new ReadabilityAssessments(analysis).all();
    }

    /**
     * The assessments of one article. The published list opens with the two overall scores, {@code seo-score} and
     * {@code readability-score}: score 0–10 (the 0–100 figure rounded to tens), the 0–100 figure in the message.
     */
    public record Report(List<Assessment> seo, List<Assessment> readability) {

        public Report {
            seo = List.copyOf(seo);
            readability = List.copyOf(readability);
        }

        public int seoScore() {
            return Grades.overall(seo);
        }

        public int readabilityScore() {
            return ReadabilityAssessments.overall(readability);
        }

        public List<Assessment> published() {
            List<Assessment> all = new ArrayList<>();
            all.add(seoOverall());
            all.add(overall("readability-score", "Readability", readabilityScore(), readability.size()));
            all.addAll(seo);
            all.addAll(readability);
            return all;
        }

        public Assessment seoOverall() {
            return overall("seo-score", "SEO", seoScore(), seo.size());
        }

        /**
         * What an editor (or the rewriter) should fix when the SEO score is too low: {@code seo-score}, the SEO
         * assessments not rated good, then the readability assessments rated bad.
         */
        public List<Assessment> toReview() {
            List<Assessment> weak = new ArrayList<>();
            weak.add(seoOverall());
            seo.stream().filter(assessment -> !"good".equals(assessment.rating())).forEach(weak::add);
            readability.stream().filter(assessment -> "bad".equals(assessment.rating())).forEach(weak::add);
            return weak;
        }

        private static Assessment overall(String id, String name, int score, int count) {
            return Assessment.scored(id, Math.round(score / 10f), format("%s score %d/100 over %d assessments.",
                    name, score, count));
        }
    }
}
