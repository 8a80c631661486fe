package dev.copydesk.language;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Finds a passive construction: a form of the passive auxiliary ("be", "être", "werden"), possibly followed by a
 * few adverbs or a negation ("is not yet", "n'est pas encore"), then a past participle. What differs between
 * languages (the auxiliary's forms, what a participle looks like, the intransitive verbs that take the same
 * auxiliary in the active voice, reflexive pronouns, how far the participle may stand, whether it may come first)
 * is passed in.
 */
final class PassiveVoice {

    /** Words allowed between the auxiliary and the participle, unless the language says otherwise. */
    static final int MAX_SKIPPED = 3;

    private final Set<String> auxiliaries;
    private final Predicate<String> skippable;
    private final Predicate<String> participle;
    private final Predicate<List<String>> activeBefore;
    private final int maxSkipped;
    private final boolean participleMayLead;

    /**
     * @param auxiliaries  forms of the auxiliary, lower case, without elided prefix
     * @param skippable    adverbs and negations that may stand between auxiliary and participle
     * @param participle   whether a word is a past participle that makes the clause passive (false friends such
     *                     as "allé" or "né" answer false)
     * @param activeBefore given the words up to and including the auxiliary, whether the clause is active all
     *                     the same (a French reflexive "s'est", "se sont"), or null when the language has no such case
     */
    PassiveVoice(Set<String> auxiliaries, Predicate<String> skippable, Predicate<String> participle,
                 Predicate<List<String>> activeBefore) {
        this(auxiliaries, skippable, participle, activeBefore, MAX_SKIPPED, false);
    }

    /**
     * @param maxSkipped        how many words may stand between the auxiliary and the participle
     * @param participleMayLead whether the participle may also come right before the auxiliary, as it does at the
     *                          end of a German subordinate clause ("…, dass er verhaftet wurde") or after a modal
     *                          ("dürfe nicht angetastet werden")
     */
    PassiveVoice(Set<String> auxiliaries, Predicate<String> skippable, Predicate<String> participle,
                 Predicate<List<String>> activeBefore, int maxSkipped, boolean participleMayLead) {
        this.auxiliaries = Set.copyOf(auxiliaries);
        this.skippable = skippable;
        this.participle = participle;
        this.activeBefore = activeBefore == null ? words -> false : activeBefore;
        this.maxSkipped = maxSkipped;
        this.participleMayLead = participleMayLead;
    }

    /**
     * @param words the sentence's lower-case words
     * @param bare  the form a word is compared in (an elided prefix removed: "n'est" gives "est")
     */
    boolean isPassive(List<String> words, UnaryOperator<String> bare) {
        for (int i = 0; i < words.size(); i++) {
            if (auxiliaries.contains(bare.apply(words.get(i))) && !activeBefore.test(words.subList(0, i + 1))
                    && (participleFollows(words, bare, i + 1)
                    || participleMayLead && i > 0 && participle.test(bare.apply(words.get(i - 1))))) {
                return true;
            }
        }
        return false;
    }

    private boolean participleFollows(List<String> words, UnaryOperator<String> bare, int from) {
        int end = Math.min(words.size(), from + maxSkipped + 1);
        for (int i = from; i < end; i++) {
            String word = bare.apply(words.get(i));
            if (participle.test(word)) {
                return true;
            }
            // A second auxiliary ("a été", "is being") starts its own test at the outer loop.
            if (!skippable.test(word) || auxiliaries.contains(word)) {
                return false;
            }
        }
        return false;
    }
}
