package dev.copydesk.rewrite;

import dev.copydesk.model.Section;
import dev.copydesk.language.Language;
import dev.copydesk.language.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structures plain paragraphs into sections without a model, deterministically: it cuts where adjacent paragraphs
 * share the fewest content words (where the topic shifts) and heads each section with its most distinctive key
 * phrase. Paragraph text is never changed.
 */
final class Sectioner {

    /** Aim for sections of about this many words. */
    static final int TARGET_SECTION_WORDS = 200;
    /** A cut never leaves a section shorter than this. */
    static final int MIN_SECTION_WORDS = 60;
    private static final int MAX_PHRASE_WORDS = 3;

    private final String language;

    Sectioner(String language) {
        this.language = language;
    }

    List<Section> sections(List<String> paragraphs) {
        int totalWords = Words.count(paragraphs);
        int wantedSections = Math.max(1, Math.round((float) totalWords / TARGET_SECTION_WORDS));
        List<List<String>> groups = split(paragraphs, wantedSections);
        List<Map<String, Integer>> phraseCounts = groups.stream().map(this::phraseCounts).toList();
        Set<String> usedHeadings = new HashSet<>();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            sections.add(new Section(heading(i, phraseCounts, groups.get(i), usedHeadings), groups.get(i)));
        }
        return sections;
    }

    private List<List<String>> split(List<String> paragraphs, int wantedSections) {
        List<Set<String>> vocabularies = paragraphs.stream().map(this::contentWords).toList();
        List<Integer> candidates = new ArrayList<>();
        for (int boundary = 1; boundary < paragraphs.size(); boundary++) {
            candidates.add(boundary);
        }
        candidates.sort(Comparator.comparingDouble((Integer boundary) -> cohesion(vocabularies, boundary))
                .thenComparing(boundary -> boundary));
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int boundary : candidates) {
            if (cuts.size() == wantedSections - 1) {
                break;
            }
            cuts.add(boundary);
            if (!allSectionsLongEnough(paragraphs, cuts)) {
                cuts.remove(boundary);
            }
        }
        List<List<String>> groups = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            groups.add(paragraphs.subList(start, cut));
            start = cut;
        }
        groups.add(paragraphs.subList(start, paragraphs.size()));
        return groups;
    }

    /** Word overlap between the two paragraphs before and the two after a boundary (Jaccard). */
    private static double cohesion(List<Set<String>> vocabularies, int boundary) {
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        for (int i = Math.max(0, boundary - 2); i < boundary; i++) {
            before.addAll(vocabularies.get(i));
        }
        for (int i = boundary; i < Math.min(vocabularies.size(), boundary + 2); i++) {
            after.addAll(vocabularies.get(i));
        }
        Set<String> union = new HashSet<>(before);
        union.addAll(after);
        before.retainAll(after);
        return union.isEmpty() ? 0 : (double) before.size() / union.size();
    }

    private static boolean allSectionsLongEnough(List<String> paragraphs, TreeSet<Integer> cuts) {
        int start = 0;
        List<Integer> ends = new ArrayList<>(cuts);
        ends.add(paragraphs.size());
        for (int end : ends) {
            if (Words.count(paragraphs.subList(start, end)) < MIN_SECTION_WORDS) {
                return false;
            }
            start = end;
        }
        return true;
    }

    private Set<String> contentWords(String paragraph) {
        Set<String> words = new HashSet<>();
        for (String word : Words.of(paragraph)) {
            if (isContentWord(word)) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** Counts of the 1–3 word phrases made only of content words, keyed by lower case, first spelling kept. */
    private Map<String, Integer> phraseCounts(List<String> paragraphs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String paragraph : paragraphs) {
            List<String> words = Words.of(paragraph);
            for (int start = 0; start < words.size(); start++) {
                for (int length = 1; length <= MAX_PHRASE_WORDS && start + length <= words.size(); length++) {
                    if (!isContentWord(words.get(start + length - 1))) {
                        break;
                    }
                    counts.merge(String.join(" ", words.subList(start, start + length)), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The phrase that best sets this section apart: frequent here, rare elsewhere, longer phrases preferred
     * (a two-word name says more than a word). Ties go to the earliest phrase, so the result is deterministic.
     */
    private String heading(int index, List<Map<String, Integer>> phraseCounts, List<String> paragraphs,
                           Set<String> usedHeadings) {
        Map<String, Integer> own = phraseCounts.get(index);
        Map<String, Integer> elsewhere = new HashMap<>();
        for (int i = 0; i < phraseCounts.size(); i++) {
            if (i != index) {
                phraseCounts.get(i).forEach((phrase, count) -> elsewhere.merge(key(phrase), count, Integer::sum));
            }
        }
        String best = null;
        double bestScore = -1;
        Map<String, Integer> ownByKey = new LinkedHashMap<>();
        Map<String, String> spelling = new LinkedHashMap<>();
        own.forEach((phrase, count) -> {
            ownByKey.merge(key(phrase), count, Integer::sum);
            spelling.putIfAbsent(key(phrase), phrase);
        });
        for (Map.Entry<String, Integer> entry : ownByKey.entrySet()) {
            if (usedHeadings.contains(entry.getKey())) {
                continue;
            }
            int length = entry.getKey().split(" ").length;
            double score = entry.getValue() * (1.0 + 0.6 * (length - 1))
                    / (1.0 + elsewhere.getOrDefault(entry.getKey(), 0));
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        if (best == null) {
            return capitalise(Words.of(paragraphs.get(0)).get(0));
        }
        usedHeadings.add(best);
        return capitalise(spelling.get(best));
    }

    private boolean isContentWord(String word) {
        return word.length() > 2 && !Language.of(language).isStopWord(word)
                && word.codePoints().anyMatch(Character::isLetter);
    }

    private static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String phrase) {
        return phrase.isEmpty() ? phrase : phrase.substring(0, 1).toUpperCase(Locale.ROOT) + phrase.substring(1);
    }
}
