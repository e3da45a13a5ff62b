package org.receivables.examples.report;

/** Escaping for the HTML renderer's XHTML-style output: safe in text and in quoted attributes. */
final class Markup {

    private Markup() {
    }

    /**
     * Escapes text for XML text and attribute values: {@code & < > " '} become character references,
     * every character outside printable ASCII becomes a numeric reference (so the page is ASCII and
     * reads the same in any encoding), and characters XML 1.0 forbids (most control characters,
     * unpaired surrogates, U+FFFE, U+FFFF) become U+FFFD. Tabs and line breaks become spaces.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                case '\t':
                case '\n':
                case '\r':
                    sb.append(' ');
                    break;
                default:
                    if (cp >= 0x20 && cp < 0x7f) {
                        sb.append((char) cp);
                    } else if (cp < 0x20 || Character.isSurrogate((char) cp) && cp <= 0xffff
                            || cp == 0xfffe || cp == 0xffff) {
                        sb.append("&#xfffd;");
                    } else {
                        sb.append("&#x").append(Integer.toHexString(cp)).append(';');
                    }
                    break;
            }
        }
        return sb.toString();
    }
}
