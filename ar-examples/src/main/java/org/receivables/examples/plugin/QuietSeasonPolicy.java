package org.receivables.examples.plugin;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.Exclusion;
import org.receivables.dunning.Gate;
import org.receivables.dunning.spi.DunningPolicy;
import org.receivables.dunning.spi.PolicyOutcome;

/**
 * A sample third-party dunning policy: it sends nothing during a quiet season each year (by default
 * 20 December to 6 January, both inclusive) and otherwise does what another policy does.
 *
 * <p>Inside the season every account is left out with the gate {@link Gate#ON_HOLD}, a reason naming
 * the season, and the day after the season as its next change, so a caller knows when dunning
 * resumes. Outside it, the outcome is exactly the delegate's.
 *
 * <pre>
 *   DunningPolicy policy = new QuietSeasonPolicy("quiet-season", LeveledPolicy.parse(text),
 *       MonthDay.of(12, 20), MonthDay.of(1, 6));
 *   policy.assess(account, history, LocalDate.parse("2024-12-31"));   // no notices, ON_HOLD until 2025-01-07
 * </pre>
 *
 * <p>This class is immutable and thread-safe if the delegate is.
 */
public final class QuietSeasonPolicy implements DunningPolicy {

    private final String name;
    private final DunningPolicy delegate;
    private final MonthDay first;
    private final MonthDay last;

    /**
     * Creates the policy.
     *
     * @param name the policy's name, not null
     * @param delegate the policy that decides outside the season, not null
     * @param first the season's first day each year, inclusive, not null
     * @param last the season's last day, inclusive, not null; before first means the season spans the new year
     * @throws NullPointerException if an argument is null
     */
    public QuietSeasonPolicy(String name, DunningPolicy delegate, MonthDay first, MonthDay last) {
        this.name = Objects.requireNonNull(name, "name");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.first = Objects.requireNonNull(first, "first");
        this.last = Objects.requireNonNull(last, "last");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public PolicyOutcome assess(DunningAccount account, DunningHistory history, LocalDate asOf) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(asOf, "asOf");
        if (!isQuiet(asOf)) {
            return delegate.assess(account, history, asOf);
        }
        LocalDate resume = asOf;
        while (isQuiet(resume)) {
            resume = resume.plusDays(1);
        }
        return PolicyOutcome.builder()
                .addExclusions(Exclusion.builder().customerId(account.getCustomerId()).gate(Gate.ON_HOLD)
                        .detail("quiet season " + first + " to " + last + "; dunning resumes on " + resume)
                        .policyName(name).build())
                .nextChange(resume)
                .nextChangeReason("the quiet season ends")
                .build();
    }

    /**
     * Checks whether a date falls in the quiet season.
     *
     * @param date the date, not null
     * @return true inside the season, both ends included
     */
    public boolean isQuiet(LocalDate date) {
        MonthDay day = MonthDay.from(Objects.requireNonNull(date, "date"));
        return first.isAfter(last)
                ? !day.isBefore(first) || !day.isAfter(last)
                : !day.isBefore(first) && !day.isAfter(last);
    }
}
