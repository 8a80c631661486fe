package dev.copydesk.language;

/** Counting runs of vowels, the base of every syllable estimate; each language then corrects the count. */
final class VowelGroups {

    /** Letters that are vowels in a language, given as one string ("aeiouy"). */
    private final String vowels;

    VowelGroups(String vowels) {
        this.vowels = vowels;
    }

    boolean isVowel(char c) {
        return vowels.indexOf(c) >= 0;
    }

    /** Runs of vowels in {@code word} (lower case); {@code breaksRun} may split a run where two vowels are heard. */
    int count(String word, RunBreak breaksRun) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = isVowel(word.charAt(i));
            if (vowel && (!inGroup || breaksRun.between(word, i))) {
                groups++;
            }
            inGroup = vowel;
        }
        return groups;
    }

    /** Whether the vowel at {@code i} begins a new syllable although the letter before it is a vowel too. */
    @FunctionalInterface
    interface RunBreak {
        boolean between(String word, int i);

        RunBreak NEVER = (word, i) -> false;
    }

    /** The word lower-cased with only its letters kept ("Aujourd'hui" gives "aujourdhui"). */
    static String lettersOf(String word) {
        if (isLowerCaseLetters(word)) {
            return word; // most words: nothing to drop or lower, no copy
        }
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(Character.toLowerCase(c));
            }
        }
        return letters.toString();
    }

    private static boolean isLowerCaseLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || Character.toLowerCase(c) != c) {
                return false;
            }
        }
        return true;
    }
}
