package org.receivables.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The timing helper on scripted clocks: each job run advances the wall clock by a known duration and the
 * CPU clock by known ticks, so the median, the best, the CPU per run, the result kept and the runs made
 * can be checked exactly.
 */
class TimingTest {

    /** A wall clock that jumps by the next scripted duration (ms) while a job runs, and a CPU clock in ticks. */
    private static final class Script {
        final long[] runMs;
        final long[] runTicks;
        long now;
        long cpu;
        int run = -1;
        final List<Integer> disposed = new ArrayList<>();

        Script(long[] runMs, long[] runTicks) {
            this.runMs = runMs;
            this.runTicks = runTicks;
        }

        Integer job() {
            run++;
            now += runMs[run] * 1_000_000L;
            cpu += runTicks[run];
            return run;
        }

        Timing timing(LongSupplier cpuClock) {
            return new Timing(() -> now, cpuClock);
        }
    }

    // ---- measure ----

    @Test
    void theMedianIsTheMiddleOfTheTimedRunsAndWarmUpsAreNotTimed() {
        // 2 warm-ups of 900 ms and 800 ms, then 5 timed runs of 30, 10, 50, 20, 40 ms
        Script s = new Script(new long[] {900, 800, 30, 10, 50, 20, 40}, new long[] {90, 80, 3, 1, 5, 2, 4});
        Timing.Measurement<Integer> m = s.timing(() -> s.cpu).measure(2, 5, s::job);
        assertEquals(30.0, m.medianMs());
        assertEquals(10.0, m.bestMs());
        assertEquals((3 + 1 + 5 + 2 + 4) * Timing.MS_PER_TICK / 5, m.cpuMsPerRun());
        assertEquals(6, m.last(), "the last timed run's result");
        assertEquals(2, m.warmups());
        assertEquals(5, m.runs());
        assertEquals(0.03, m.medianSeconds(), 1e-12);
    }

    @Test
    void anUnknownCpuClockGivesMinusOneAndAtLeastOneRunIsTimed() {
        Script s = new Script(new long[] {7}, new long[] {1});
        Timing.Measurement<Integer> m = s.timing(() -> -1).measure(0, 0, s::job);
        assertEquals(1, m.runs());
        assertEquals(7.0, m.medianMs());
        assertEquals(-1.0, m.cpuMsPerRun());
    }

    @Test
    void everyResultButTheLastIsDisposed() {
        Script s = new Script(new long[] {1, 1, 1, 1, 1}, new long[5]);
        Timing.Measurement<Integer> m = s.timing(() -> s.cpu).measure(2, 3, s::job, s.disposed::add);
        assertEquals(List.of(0, 1, 2, 3), s.disposed);
        assertEquals(4, m.last());
    }

    @Test
    void aJobReturningNullIsRefused() {
        Timing t = new Timing(() -> 0, () -> 0);
        IllegalStateException ex = assertThrows(IllegalStateException.class, () -> t.measure(0, 1, () -> null));
        assertEquals("a job returned null", ex.getMessage());
    }

    // ---- measureCappingSlow ----

    @Test
    void aSlowFirstWarmUpCapsTheWarmUpsAndRuns() {
        // first warm-up 2 s > 1 s: no more warm-ups, 3 timed runs instead of 7
        Script s = new Script(new long[] {2000, 5, 9, 7}, new long[4]);
        Timing.Measurement<Integer> m = s.timing(() -> s.cpu).measureCappingSlow(4, 7, 1_000_000_000L, 3, s::job);
        assertEquals(1, m.warmups());
        assertEquals(3, m.runs());
        assertEquals(7.0, m.medianMs());
        assertEquals(3, m.last());
    }

    @Test
    void aFastJobIsNotCapped() {
        long[] ms = new long[9];
        java.util.Arrays.fill(ms, 5);
        Script s = new Script(ms, new long[9]);
        Timing.Measurement<Integer> m = s.timing(() -> s.cpu).measureCappingSlow(2, 7, 1_000_000_000L, 3, s::job);
        assertEquals(2, m.warmups());
        assertEquals(7, m.runs());
    }

    // ---- loadWarmups, loadRuns ----

    @Test
    void loadsAreCappedAtThreeAndFiveAndAtOneAndThreeFromLargeLoads() {
        assertEquals(3, Timing.loadWarmups(1_000_000, 5));
        assertEquals(5, Timing.loadRuns(1_000_000, 7));
        assertEquals(2, Timing.loadWarmups(1_000_000, 2));
        assertEquals(1, Timing.loadRuns(1_000_000, 1));
        assertEquals(1, Timing.loadWarmups(Timing.LARGE_LOAD, 5));
        assertEquals(3, Timing.loadRuns(10_000_000, 7));
        assertEquals(0, Timing.loadWarmups(10_000_000, 0));
        assertEquals(3, Timing.loadWarmups(Timing.LARGE_LOAD - 1, 5));
    }

    // ---- processCpuTicks ----

    @Test
    void theProcessCpuClockDoesNotGoBackwards() {
        long a = Timing.processCpuTicks();
        long b = Timing.processCpuTicks();
        assertEquals(a < 0, b < 0, "known on both readings or neither");
        assertEquals(true, b >= a, a + " then " + b);
    }
}
