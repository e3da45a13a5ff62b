package org.receivables.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;

/** Assertions for bad-input catalogues: the exception type, and a message naming the field and the value. */
public final class BadInput {

    private BadInput() {
    }

    /**
     * Asserts that a call throws a {@link NullPointerException} whose message is exactly the parameter's name.
     *
     * @param param the expected message
     * @param call the call
     */
    public static void assertNullRefused(String param, Executable call) {
        assertEquals(param, assertThrows(NullPointerException.class, call).getMessage());
    }

    /**
     * Asserts that a call throws an {@link IllegalArgumentException} whose message starts with the
     * field's name and holds the value's text.
     *
     * @param field the field the message must start with
     * @param value the text of the bad value the message must hold
     * @param call the call
     * @return the exception, for further checks
     */
    public static IllegalArgumentException assertRefused(String field, String value, Executable call) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        assertTrue(ex.getMessage().startsWith(field), () -> "expected the message to start with " + field + ": " + ex.getMessage());
        assertTrue(ex.getMessage().contains(value), () -> "expected the message to hold " + value + ": " + ex.getMessage());
        return ex;
    }

    /**
     * Asserts that a builder call throws an {@link IllegalStateException} naming the missing field.
     *
     * @param field the missing field
     * @param call the call
     */
    public static void assertMissing(String field, Executable call) {
        IllegalStateException ex = assertThrows(IllegalStateException.class, call);
        assertTrue(ex.getMessage().contains(field), ex.getMessage());
    }
}
