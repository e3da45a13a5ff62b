package org.receivables.examples.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Appending that turns the checked {@link IOException} of an {@link Appendable} into an unchecked one. */
final class Io {

    private Io() {
    }

    /**
     * Appends text.
     *
     * @param out where to append
     * @param text the text
     */
    static void append(Appendable out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
