package org.receivables.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchArgsTest {

    // ---- parse ----

    @Test
    void sizes_common_and_own_options_are_read() {
        BenchArgs a = BenchArgs.parse(new String[] {"1_000", "--threads=3", "20", "--objects=5", "--warmup=0"},
                new int[] {3, 5, 2}, List.of(7), Map.of("objects", 100L), false);
        assertEquals(List.of(1000, 20), a.sizes());
        assertEquals(0, a.warmup());
        assertEquals(5, a.iterations());
        assertEquals(3, a.threads());
        assertEquals(5L, a.option("objects"));
    }

    @Test
    void defaults_apply_when_nothing_is_given() {
        BenchArgs a = BenchArgs.parse(new String[0], new int[] {3, 5, 2}, List.of(7, 8), Map.of("objects", 100L), false);
        assertEquals(List.of(7, 8), a.sizes());
        assertEquals(100L, a.option("objects"));
    }

    @Test
    void an_unknown_option_is_refused_by_name_unless_ignored() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> BenchArgs.parse(new String[] {"--ledgers=5"}, new int[] {3, 5, 2}, List.of(7), Map.of(), false));
        assertTrue(ex.getMessage().contains("--ledgers=5"), ex.getMessage());
        BenchArgs a = BenchArgs.parse(new String[] {"--ledgers=5", "9"}, new int[] {3, 5, 2}, List.of(7), Map.of(), true);
        assertEquals(List.of(9), a.sizes());
    }

    @Test
    void a_value_that_is_not_a_number_is_refused_by_name() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> BenchArgs.parse(new String[] {"--threads=two"}, new int[] {3, 5, 2}, List.of(7), Map.of(), false));
        assertTrue(ex.getMessage().contains("--threads") && ex.getMessage().contains("two"), ex.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> BenchArgs.parse(new String[] {"x"}, new int[] {3, 5, 2}, List.of(7), Map.of(), true));
    }
}
