package org.receivables.dunning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.receivables.core.document.PromiseToPay;
import org.receivables.core.item.OpenItem;

/** The standard collections scoring; see {@link CollectionScoring#standard()}. */
final class StandardScoring implements CollectionScoring {

    static final StandardScoring INSTANCE = new StandardScoring();

    private static final BigDecimal PER_BROKEN_PROMISE = BigDecimal.valueOf(20);

    private StandardScoring() {
    }

    @Override
    public List<ScorePart> score(DunningAccount account, LocalDate asOf) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asOf, "asOf");
        BigDecimal overdue = BigDecimal.ZERO;
        long oldest = 0;
        for (OpenItem item : account.getOpenItems()) {
            if (!item.isDisputed() && item.isOverdueOn(asOf)) {
                overdue = overdue.add(item.getOpenAmount().getAmount());
                oldest = Math.max(oldest, item.daysPastDue(asOf));
            }
        }
        long broken = 0;
        for (PromiseToPay promise : account.getPromises()) {
            if (promise.getPromisedDate().isBefore(asOf)) {
                broken++;
            }
        }
        BigDecimal late = account.getAverageDaysLate().orElse(BigDecimal.ZERO);
        return List.of(
                ScorePart.of("overdue amount", overdue.movePointLeft(2).setScale(2, RoundingMode.HALF_EVEN),
                        overdue.toPlainString() + " overdue, one point per 100"),
                ScorePart.of("days past due", BigDecimal.valueOf(oldest).setScale(2),
                        "oldest overdue item " + oldest + " days past due"),
                ScorePart.of("broken promises", PER_BROKEN_PROMISE.multiply(BigDecimal.valueOf(broken)).setScale(2),
                        broken + " broken promises, 20 points each"),
                ScorePart.of("payment behaviour", late.divide(BigDecimal.valueOf(2)).setScale(2, RoundingMode.HALF_EVEN),
                        late.toPlainString() + " average days late, half a point per day"));
    }

    @Override
    public String toString() {
        return "CollectionScoring.standard()";
    }
}
