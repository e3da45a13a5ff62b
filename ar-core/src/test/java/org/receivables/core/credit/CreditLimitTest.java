package org.receivables.core.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;

/**
 * Credit limit decisions. The exposure follows SAP's "Different Types of Credit Checks"
 * (https://help.sap.com/saphelp_globext607_10/helpdata/en/93/74382d546011d1a7020000e829fd11/content.htm):
 * "The customer's credit exposure may not exceed the established credit limit", the exposure being open
 * items plus open orders, deliveries and billing documents (here: the caller's pending amount). So an
 * exposure exactly at the limit is approved. (Oracle's "When does a customer exceed the credit limit?"
 * (https://docs.oracle.com/en/cloud/saas/financials/25c/faofc/when-does-a-customer-exceed-the-credit-limit.html)
 * treats equality as exceeded; we follow SAP and state it.)
 */
class CreditLimitTest {

    static final CustomerId C = CustomerId.of("C-1");
    static final CurrencyUnit EUR = CurrencyUnit.EUR;

    static Money eur(String s) {
        return Money.of(EUR, new java.math.BigDecimal(s));
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static CreditLimit limit() {
        return CreditLimit.builder().customerId(C).amount(eur("10000.00"))
                .addTemporaryIncreases(TemporaryIncrease.of(eur("5000.00"), d("2024-11-01"), d("2025-01-01"))).build();
    }

    // ---- check ----

    /** Limit 10,000, open items 7,000, unshipped order 4,000: exposure 11,000 is 1,000 over. */
    @Test
    void test_check_holdsWithTheShortfallWhenExposureExceedsTheLimit() {
        CreditDecision d = limit().check(eur("7000.00"), eur("4000.00"), d("2025-01-01"));
        assertEquals(eur("10000.00"), d.getLimit());
        assertEquals(eur("11000.00"), d.getExposure());
        assertEquals(eur("-1000.00"), d.getHeadroom());
        assertEquals(CreditOutcome.HOLD, d.getOutcome());
        assertEquals(eur("1000.00"), d.getShortfall());
    }

    /** The same order on the last day of the temporary increase is within 15,000; the day after (expiry, exclusive) it is not. */
    @Test
    void test_check_temporaryIncreaseAppliesUntilTheDayBeforeItsExpiry() {
        CreditDecision inForce = limit().check(eur("7000.00"), eur("4000.00"), d("2024-12-31"));
        assertEquals(eur("15000.00"), inForce.getLimit());
        assertEquals(CreditOutcome.APPROVE, inForce.getOutcome());
        assertEquals(eur("4000.00"), inForce.getHeadroom());
        assertEquals(eur("0.00"), inForce.getShortfall());
        assertEquals(eur("10000.00"), limit().limitOn(d("2024-10-31")));
        assertEquals(eur("15000.00"), limit().limitOn(d("2024-11-01")));
        assertEquals(CreditOutcome.HOLD, limit().check(eur("7000.00"), eur("4000.00"), d("2025-01-01")).getOutcome());
    }

    @Test
    void test_check_exposureExactlyAtTheLimitIsApproved_andOneCentMoreIsHeld() {
        assertEquals(CreditOutcome.APPROVE, limit().check(eur("6000.00"), eur("4000.00"), d("2025-02-01")).getOutcome());
        CreditDecision over = limit().check(eur("6000.01"), eur("4000.00"), d("2025-02-01"));
        assertEquals(CreditOutcome.HOLD, over.getOutcome());
        assertEquals(eur("0.01"), over.getShortfall());
    }

    @Test
    void test_check_usesTheLedgerBalanceAsOfTheDate() {
        InvoiceIssued inv = InvoiceIssued.builder().invoiceId(InvoiceId.of("I-1")).customerId(C).issueDate(d("2025-01-10"))
                .schedule(DueSchedule.of(List.of(Instalment.builder().number(1).dueDate(d("2025-02-09"))
                        .amount(eur("9000.00")).build()))).build();
        CustomerLedger ledger = CustomerLedger.of(C, List.of(inv));
        assertEquals(CreditOutcome.APPROVE, limit().check(ledger, eur("2000.00"), d("2025-01-09")).getOutcome());
        CreditDecision after = limit().check(ledger, eur("2000.00"), d("2025-01-10"));
        assertEquals(eur("9000.00"), after.getBalance());
        assertEquals(eur("1000.00"), after.getShortfall());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> limit().check(CustomerLedger.empty(CustomerId.of("C-2")), eur("1.00"), d("2025-01-10")));
        assertTrue(ex.getMessage().contains("customerId C-2"), ex.getMessage());
    }

    // ---- bad input ----

    @Test
    void test_badInput_isRefusedNamingFieldAndValue() {
        assertEquals("amount", assertThrows(NullPointerException.class, () -> TemporaryIncrease.of(null, d("2024-01-01"), d("2024-02-01"))).getMessage());
        assertEquals("startDate", assertThrows(NullPointerException.class, () -> TemporaryIncrease.of(eur("1.00"), null, d("2024-02-01"))).getMessage());
        assertEquals("expiryDate", assertThrows(NullPointerException.class, () -> TemporaryIncrease.of(eur("1.00"), d("2024-01-01"), null)).getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> TemporaryIncrease.of(eur("0.00"), d("2024-01-01"), d("2024-02-01")));
        assertTrue(zero.getMessage().contains("amount") && zero.getMessage().contains("EUR 0.00"), zero.getMessage());
        IllegalArgumentException dates = assertThrows(IllegalArgumentException.class,
                () -> TemporaryIncrease.of(eur("1.00"), d("2024-02-01"), d("2024-02-01")));
        assertTrue(dates.getMessage().contains("expiryDate 2024-02-01"), dates.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> CreditLimit.builder().customerId(C).amount(eur("-1.00")).build());
        assertTrue(negative.getMessage().contains("amount") && negative.getMessage().contains("EUR -1.00"), negative.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> CreditLimit.builder().customerId(C).amount(eur("1.00"))
                .addTemporaryIncreases(TemporaryIncrease.of(Money.of(CurrencyUnit.USD, 1), d("2024-01-01"), d("2024-02-01"))).build());
        assertThrows(IllegalStateException.class, () -> CreditLimit.builder().customerId(C).build());
        assertThrows(CurrencyMismatchException.class, () -> limit().check(Money.of(CurrencyUnit.USD, 1), eur("1.00"), d("2024-01-01")));
        assertThrows(CurrencyMismatchException.class, () -> limit().check(eur("1.00"), Money.of(CurrencyUnit.USD, 1), d("2024-01-01")));
        IllegalArgumentException pending = assertThrows(IllegalArgumentException.class, () -> limit().check(eur("1.00"), eur("-0.01"), d("2024-01-01")));
        assertTrue(pending.getMessage().contains("pending") && pending.getMessage().contains("EUR -0.01"), pending.getMessage());
        assertEquals("balance", assertThrows(NullPointerException.class, () -> limit().check((Money) null, eur("1.00"), d("2024-01-01"))).getMessage());
        assertEquals("pending", assertThrows(NullPointerException.class, () -> limit().check(eur("1.00"), null, d("2024-01-01"))).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> limit().check(eur("1.00"), eur("1.00"), null)).getMessage());
        assertEquals("ledger", assertThrows(NullPointerException.class, () -> limit().check((CustomerLedger) null, eur("1.00"), d("2024-01-01"))).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> limit().limitOn(null)).getMessage());
    }

    // ---- check: properties ----

    /**
     * For any limit, increase, balance, pending amount and date: headroom + exposure = limit in force;
     * hold exactly when the shortfall is positive, and then shortfall = -headroom; the increase counts
     * exactly on the days from its start (inclusive) to its expiry (exclusive).
     */
    @Test
    void check_properties() {
        qt().withExamples(300).forAll(longs().between(0, 10_000_000).zip(longs().between(1, 1_000_000), (a, b) -> new long[] {a, b}),
                longs().between(-1_000_000, 20_000_000), longs().between(0, 5_000_000), integers().between(-40, 40))
                .checkAssert((limits, balance, pending, offset) -> {
                    long base = limits[0];
                    long extra = limits[1];
                    LocalDate start = d("2024-06-01");
                    LocalDate expiry = d("2024-06-21");
                    CreditLimit limit = CreditLimit.builder().customerId(C).amount(Money.ofMinor(EUR, base))
                            .addTemporaryIncreases(TemporaryIncrease.of(Money.ofMinor(EUR, extra), start, expiry)).build();
                    LocalDate day = start.plusDays(offset);
                    CreditDecision d = limit.check(Money.ofMinor(EUR, balance), Money.ofMinor(EUR, pending), day);
                    boolean inForce = !day.isBefore(start) && day.isBefore(expiry);
                    assertEquals(Money.ofMinor(EUR, base + (inForce ? extra : 0)), d.getLimit());
                    assertEquals(d.getLimit(), d.getHeadroom().plus(d.getExposure()));
                    assertEquals(Money.ofMinor(EUR, balance + pending), d.getExposure());
                    assertEquals(d.getOutcome() == CreditOutcome.HOLD, d.getShortfall().isPositive());
                    if (d.getOutcome() == CreditOutcome.HOLD) {
                        assertEquals(d.getHeadroom().negated(), d.getShortfall());
                    } else {
                        assertTrue(d.getShortfall().isZero() && !d.getHeadroom().isNegative());
                    }
                });
    }
}
