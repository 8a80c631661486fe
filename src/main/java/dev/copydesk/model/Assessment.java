package dev.copydesk.model;

/** One SEO or readability assessment: score 0–10, rating bad (≤ 4), ok (5–7) or good (8–10). */
public record Assessment(String id, int score, String rating, String message) {

    public static Assessment scored(String id, int score, String message) {
        return new Assessment(id, score, score >= 8 ? "good" : score >= 5 ? "ok" : "bad", message);
    }
}
