package dev.copydesk.feeds;

import dev.copydesk.language.Whitespace;

/**
 * Article text made fit for an XML 1.0 text node. The XML writer escapes markup ('<', '&'), but it writes control
 * characters and lone surrogates as they are, and a single one makes the whole document unreadable for a crawler
 * or a feed reader; those are dropped here. Feed fields are one line, so white space is collapsed too.
 */
final class XmlText {

    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 forbids, white space collapsed; "" for null. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                kept.append(c);
            }
        }
        return Whitespace.collapse(kept.toString());
    }

    /** XML 1.0's Char production for one UTF-16 unit (pairs are handled by the caller). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
