package dev.copydesk.seo;

import dev.copydesk.model.Assessment;
import org.junit.jupiter.api.Test;

import java.util.List;

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
}
