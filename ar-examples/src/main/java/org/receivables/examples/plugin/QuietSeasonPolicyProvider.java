package org.receivables.examples.plugin;

import java.time.MonthDay;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.spi.DunningPolicy;
import org.receivables.dunning.spi.DunningPolicyProvider;

/**
 * Provides the sample {@link QuietSeasonPolicy} under the name {@value #NAME}: quiet from 20 December
 * to 6 January, otherwise a standard leveled policy. Registered for {@code ServiceLoader} in
 * {@code META-INF/services} (class path) and with {@code provides} in module-info (module path), so
 * {@code DunningPolicies.byName("quiet-season")} finds it either way.
 */
public final class QuietSeasonPolicyProvider implements DunningPolicyProvider {

    /** The name this provider answers to. */
    public static final String NAME = "quiet-season";

    /** The leveled policy used outside the season, in its plain-text form. */
    static final String STANDARD = String.join("\n",
            "policy " + NAME,
            "grace 3 days",
            "interval 7 days",
            "level -3: REMINDER_EMAIL",
            "level 7: REMINDER_EMAIL",
            "level 21: LETTER fee EUR 5.00",
            "level 45: LETTER, PHONE_CALL_TASK fee EUR 15.00",
            "level 90: AGENCY_HANDOFF");

    /** Creates the provider; {@code ServiceLoader} calls this. */
    public QuietSeasonPolicyProvider() {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public DunningPolicy create() {
        return new QuietSeasonPolicy(NAME, LeveledPolicy.parse(STANDARD), MonthDay.of(12, 20), MonthDay.of(1, 6));
    }
}
