package org.receivables.dunning.testing;

import java.time.LocalDate;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.spi.DunningPolicy;
import org.receivables.dunning.spi.DunningPolicyProvider;
import org.receivables.dunning.spi.PolicyOutcome;

/** Test plugins registered in src/test/resources/META-INF/services. */
public final class TestPolicyProviders {

    private TestPolicyProviders() {
    }

    /** A gentle two-level e-mail policy named "test-gentle". */
    public static final class Gentle implements DunningPolicyProvider {
        public Gentle() {
        }

        @Override
        public String getName() {
            return "test-gentle";
        }

        @Override
        public DunningPolicy create() {
            return LeveledPolicy.builder().name("test-gentle")
                    .addLevels(DunningLevel.of(1, ActionKind.REMINDER_EMAIL), DunningLevel.of(30, ActionKind.LETTER))
                    .build();
        }
    }

    /** A policy named "test-exploding" that throws on every account. */
    public static final class Exploding implements DunningPolicyProvider {
        public Exploding() {
        }

        @Override
        public String getName() {
            return "test-exploding";
        }

        @Override
        public DunningPolicy create() {
            return new DunningPolicy() {
                @Override
                public String getName() {
                    return "test-exploding";
                }

                @Override
                public PolicyOutcome assess(DunningAccount account, DunningHistory history, LocalDate asOf) {
                    throw new IllegalStateException("boom for " + account.getCustomerId());
                }
            };
        }
    }
}
