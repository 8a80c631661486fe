package dev.copydesk.seo.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageBufferTests {

    @Test
    void givesTheTextAndKeepsTheBufferEmptyForTheThreadsNextPage() {
        StringBuilder first = PageBuffer.borrow(16);
        first.append("Un « titre » — long");

        assertEquals("Un « titre » — long", PageBuffer.release(first));
        StringBuilder next = PageBuffer.borrow(16);
        assertSame(first, next);
        assertEquals(0, next.length());
        PageBuffer.giveBack(next);
    }

    @Test
    void aBorrowWhileTheBufferIsOutGetsAnotherOne() {
        StringBuilder outer = PageBuffer.borrow(16);
        StringBuilder inner = PageBuffer.borrow(16);
        outer.append("outer");
        inner.append("inner");

        assertNotSame(outer, inner);
        assertEquals("inner", PageBuffer.release(inner));
        assertEquals("outer", PageBuffer.release(outer));
    }

    @Test
    void dropsABufferGrownPastWhatAThreadKeeps() {
        StringBuilder large = PageBuffer.borrow(PageBuffer.KEEP_AT_MOST + 1);
        assertTrue(large.capacity() > PageBuffer.KEEP_AT_MOST);
        PageBuffer.giveBack(large);

        StringBuilder next = PageBuffer.borrow(16);
        assertNotSame(large, next);
        PageBuffer.giveBack(next);
    }
}
