package dev.copydesk.seo.render;

/**
 * The scratch buffer a page's Markdown or HTML is written into before it becomes a string. Each thread keeps one
 * between articles (most articles fit in the one the previous article grew), so writing a page allocates its string
 * and nothing else; a buffer grown past {@link #KEEP_AT_MOST} chars by an exceptional article is dropped with it.
 * Kept buffers store two bytes per char from the start: a {@link StringBuilder} that starts with one copies itself
 * at the first char past U+00FF, which most French and many English articles have (’, «, —).
 * <p>
 * Borrowed and given back in one method ({@link #borrow}, then {@link #release} or {@link #giveBack}); a borrow while the thread's buffer
 * is out gets a new one, so nesting is safe, only not free.
 */
final class PageBuffer {

    /** Chars a kept buffer may hold: four times a long article's page, so memory per thread stays small. */
    static final int KEEP_AT_MOST = 1 << 16;

    /** A one-char string stored two bytes per char: a builder made from it is wide. */
    private static final String WIDE = "\u0100";
    /** The thread's kept buffer, in a slot of its own so that borrowing and giving back do not touch the map. */
    private static final ThreadLocal<StringBuilder[]> KEPT = ThreadLocal.withInitial(() -> new StringBuilder[1]);

    private PageBuffer() {
    }

    /** An empty buffer with room for at least {@code capacity} chars. */
    static StringBuilder borrow(int capacity) {
        StringBuilder[] slot = KEPT.get();
        StringBuilder buffer = slot[0];
        slot[0] = null;
        if (buffer == null) {
            buffer = new StringBuilder(WIDE);
        }
        buffer.setLength(0);
        buffer.ensureCapacity(capacity);
        return buffer;
    }

    /** The buffer's text; the buffer is kept for the thread's next page unless it grew too large. */
    static String release(StringBuilder buffer) {
        String text = buffer.toString();
        giveBack(buffer);
        return text;
    }

    /** The buffer, its text unused, kept for the thread's next page unless it grew too large. */
    static void giveBack(StringBuilder buffer) {
        if (buffer.capacity() <= KEEP_AT_MOST) {
            buffer.setLength(0);
            KEPT.get()[0] = buffer;
        }
    }
}
