package dev.copydesk.seo;

import dev.copydesk.analysis.Grades;

import dev.copydesk.model.Assessment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GradesTests {

    private static Assessment scored(int score) {
        return Assessment.scored("x", score, "m");
    }

    @Test
    void overallScoreIsTheShareOfWhatAllGoodChecksWouldScore() {
        assertEquals(100, Grades.overall(List.of(scored(9), scored(9))));
        // (9 + 3) / 18 = 66.7 %
        assertEquals(67, Grades.overall(List.of(scored(9), scored(3))));
        assertEquals(100, Grades.overall(List.of(scored(10))), "capped");
        assertEquals(0, Grades.overall(List.of()));
    }

    @Test
    void bandsPickTheGrade() {
        assertEquals(Grades.GOOD, Grades.atMost(300, 300, 350));
        assertEquals(Grades.OK, Grades.atMost(350, 300, 350));
        assertEquals(Grades.BAD, Grades.atMost(351, 300, 350));
        assertEquals(Grades.GOOD, Grades.atLeast(30, 30, 20));
        assertEquals(Grades.OK, Grades.atLeast(20, 30, 20));
        assertEquals(Grades.BAD, Grades.atLeast(19.9, 30, 20));
    }

    @Test
    void formatsMessagesAsStringFormatDoesInTheRootLocale() {
        String template = "%d of %s: %.1f %%, %.0f px, %.2f %%.";
        for (double value : new double[] {0.45, 0.46153846, 28.571428, 604.16, 0.0, 99.95, 2.5, 1.005}) {
            Object[] values = {3, "x", value, value, value};
            assertEquals(String.format(Locale.ROOT, template, values), Grades.format(template, values), "" + value);
        }
    }
}
