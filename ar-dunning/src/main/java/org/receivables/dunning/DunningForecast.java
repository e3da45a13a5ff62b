package org.receivables.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The dunning calendar for a span of days, assuming no payment arrives and every proposal is
 * executed as proposed: one proposal for each day on which a notice would go out.
 *
 * <pre>
 *   DunningForecast forecast = engine.forecast(accounts, history, contactLog, LocalDate.parse("2024-05-01"), 30);
 *   forecast.getProposals();                                  // the days with notices, in date order
 *   forecast.getNotices(LocalDate.parse("2024-05-15"));       // the notices of one day
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DunningForecast {

    DunningForecast() {
    }

    /**
     * Gets the first day forecast.
     *
     * @return the date, not null
     */
    public abstract LocalDate getStart();

    /**
     * Gets the number of days forecast.
     *
     * @return the days, 0 or more
     */
    public abstract int getDays();

    /**
     * Gets the proposals of the days on which a notice would go out, in date order.
     *
     * @return the proposals, not null
     */
    public abstract List<DunningProposal> getProposals();

    /**
     * Gets the notices forecast for one day.
     *
     * @param date the day, not null
     * @return the notices, empty if none, not null
     * @throws NullPointerException if date is null
     */
    public List<DunningNotice> getNotices(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return getProposals().stream().filter(p -> p.getAsOf().equals(date))
                .flatMap(p -> p.getNotices().stream()).toList();
    }

    static DunningForecast of(LocalDate from, int days, List<DunningProposal> proposals) {
        return ImmutableDunningForecast.builder().start(from).days(days).proposals(proposals).build();
    }
}
