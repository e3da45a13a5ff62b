package org.receivables.aging;

import java.time.LocalDate;
import java.util.Objects;
import org.receivables.core.item.OpenItem;

/**
 * The date an aging report counts an item's age from.
 *
 * <pre>
 *   // an item issued 2024-01-01, due 2024-01-31, aged as of 2024-03-01
 *   AgingBasis.DUE_DATE.age(item, asOf);     // 30 (days past due)
 *   AgingBasis.ISSUE_DATE.age(item, asOf);   // 60 (days since issue)
 * </pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AgingBasis {

    /** Age is the days past due: the as-of date minus the due date; zero or less is not yet due. The default. */
    DUE_DATE,

    /** Age is the days since issue: the as-of date minus the issue date; zero is issued on the as-of date. */
    ISSUE_DATE;

    /**
     * Gets the age of an item on a date under this basis, in days.
     *
     * @param item the item, not null
     * @param asOf the date to age on, not null
     * @return the as-of date minus the due date (or issue date), negative when that date is after asOf
     * @throws NullPointerException if item or asOf is null
     */
    public long age(OpenItem item, LocalDate asOf) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(asOf, "asOf");
        return asOf.toEpochDay() - baseDate(item).toEpochDay();
    }

    LocalDate baseDate(OpenItem item) {
        return this == DUE_DATE ? item.getDueDate() : item.getIssueDate();
    }
}
