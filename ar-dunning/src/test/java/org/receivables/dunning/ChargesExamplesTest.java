package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.testing.Fixtures.account;
import static org.receivables.dunning.testing.Fixtures.cust;
import static org.receivables.dunning.testing.Fixtures.item;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.ChargeOrder;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.ChargePosted;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;
import org.receivables.dunning.fee.FeeBasis;
import org.receivables.dunning.fee.FeeRule;
import org.receivables.dunning.interest.LatePaymentRule;
import org.receivables.dunning.interest.LatePaymentRules;
import org.receivables.dunning.interest.RateTable;
import org.receivables.dunning.interest.SimpleInterest;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/**
 * Worked examples of fees, statutory interest and compensation on notices, and of their posting to
 * the ledger. Every amount is computed by hand in the comments.
 *
 * <p>Sources:
 * <ul>
 *   <li>Germany: §288 BGB (Verzugszinsen und sonstiger Verzugsschaden),
 *       https://www.gesetze-im-internet.de/bgb/__288.html: Basiszinssatz plus 9 percentage points for
 *       a debt where no consumer is party (§288(2)), plus 5 points for a consumer (§288(1)), and a
 *       flat EUR 40 for a business debtor (§288(5)); §247 BGB, https://www.gesetze-im-internet.de/bgb/__247.html:
 *       the Basiszinssatz changes on 1 January and 1 July; §367 BGB,
 *       https://www.gesetze-im-internet.de/bgb/__367.html: a payment settles costs, then interest,
 *       then principal. Sample Basiszinssatz (Deutsche Bundesbank,
 *       https://www.bundesbank.de/de/bundesbank/organisation/agb-und-regelungen/basiszinssatz-607820):
 *       3.12% from 1 July 2023, 3.62% from 1 January 2024.</li>
 *   <li>UK: Late Payment of Commercial Debts (Interest) Act 1998, section 5A,
 *       https://www.legislation.gov.uk/ukpga/1998/20/section/5A (GBP 40 below GBP 1,000, GBP 70 below
 *       GBP 10,000, GBP 100 from GBP 10,000), and the Rate of Interest (No. 3) Order 2002, article 4,
 *       https://www.legislation.gov.uk/uksi/2002/1675/made (8% over the Bank Rate in force on 30 June
 *       or 31 December before interest starts to run, fixed for the debt). Bank Rate (Bank of England,
 *       https://www.bankofengland.co.uk/boeapps/database/Bank-Rate.asp): 5.00% on 30 June 2023,
 *       5.25% on 31 December 2023.</li>
 * </ul>
 */
class ChargesExamplesTest {

    static final RateTable BASISZINSSATZ = RateTable.builder()
            .rateFrom(d("2023-07-01"), Percentage.parse("3.12"))
            .rateFrom(d("2024-01-01"), Percentage.parse("3.62"))
            .build();

    static final RateTable BANK_RATE = RateTable.builder()
            .rateFrom(d("2023-07-01"), Percentage.parse("5.00"))
            .rateFrom(d("2024-01-01"), Percentage.parse("5.25"))
            .build();

    static final CustomerId C = cust("C-1");

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Money eur(String s) {
        return Money.parse("EUR " + s);
    }

    static Money gbp(String s) {
        return Money.parse("GBP " + s);
    }

    static LeveledPolicy threeLetters(LatePaymentRule rule) {
        return LeveledPolicy.builder().name("statutory")
                .addLevels(DunningLevel.of(1, ActionKind.LETTER), DunningLevel.of(15, ActionKind.LETTER),
                        DunningLevel.of(60, ActionKind.LETTER))
                .latePaymentRule(rule).build();
    }

    static NoticeLine line(DunningProposal p, ItemRef ref) {
        return p.getNotices().stream().flatMap(n -> n.getLines().stream()).filter(l -> l.getRef().equals(ref))
                .findFirst().orElseThrow(() -> new AssertionError(ref + " not in " + p));
    }

    // ---- LeveledPolicy.assess: statutory interest across a half-year change ----

    /**
     * §288(2) BGB, Basiszinssatz + 9 points, ACT/365F. EUR 10,000.00 due 2023-11-30; I-2, EUR 500.00,
     * due 2024-01-31.
     * <ol>
     * <li>2023-12-15, level 1: interest for 1 to 15 December at 3.12 + 9 = 12.12%: 10000 x 12.12% x 15/365
     *     = 18180/365 = 49.808... = EUR 49.81; the EUR 40 flat fee of §288(5).</li>
     * <li>2024-01-31, level 2: interest net of what was charged: 16 to 31 December, 16 days at 12.12%
     *     = 19392/365 = 53.1287...; January, 31 days at 3.62 + 9 = 12.62% = 39122/365 = 107.1835...;
     *     together 160.3123... = EUR 160.31. No second EUR 40. 49.81 + 160.31 = 210.12, the interest of
     *     one calculation from 1 December to 31 January (102.9369... + 107.1835... = 210.1205...).</li>
     * <li>2024-02-20, level 3: 1 to 20 February at 12.62%: 25240/365 = 69.1506... = EUR 69.15. I-2 is
     *     20 days late and reaches level 1: 500 x 12.62% x 20/365 = 1262/365 = 3.4575... = EUR 3.46 and
     *     its own EUR 40.</li>
     * </ol>
     */
    @Test
    void german_statutory_interest_is_charged_run_by_run_across_a_half_year_change() {
        LatePaymentRule rule = LatePaymentRules.germanyBgb288(BASISZINSSATZ, CustomerKind.BUSINESS);
        DunningEngine engine = DunningEngine.builder().policy(threeLetters(rule)).build();
        DunningAccount account = account("C-1", item("C-1", "I-1", "2023-11-30", "EUR 10000.00"),
                item("C-1", "I-2", "2024-01-31", "EUR 500.00"));
        DunningHistory h = DunningHistory.empty();

        DunningProposal dec15 = engine.propose(List.of(account), h, List.of(), d("2023-12-15"));
        NoticeLine l1 = line(dec15, ref("I-1"));
        assertEquals(Optional.of(eur("49.81")), l1.getInterest());
        assertEquals(d("2023-11-30"), l1.getInterestCalculation().get().getStartExclusive());
        assertEquals(Optional.of(eur("40.00")), l1.getCompensation());
        assertEquals(1, dec15.getNotices().get(0).getLines().size(), "I-2 is not due yet");
        h = h.plus(dec15.toRecords());
        assertEquals(Optional.of(d("2023-12-15")), h.interestChargedThrough(ref("I-1"), d("2023-12-15")));
        assertTrue(h.isCompensationCharged(C, InvoiceId.of("I-1"), d("2023-12-15")));

        DunningProposal jan31 = engine.propose(List.of(account), h, List.of(), d("2024-01-31"));
        NoticeLine l2 = line(jan31, ref("I-1"));
        assertEquals(2, l2.getLevel());
        assertEquals(Optional.of(eur("160.31")), l2.getInterest());
        assertEquals(2, l2.getInterestCalculation().get().getSegments().size(), "one segment per half-year");
        assertEquals(Optional.empty(), l2.getCompensation(), "EUR 40 once per late invoice");
        assertEquals(rule.getInterest().calculate(eur("10000.00"), d("2023-11-30"), d("2024-01-31")).getInterest(),
                l1.getInterest().get().plus(l2.getInterest().get()));
        h = h.plus(jan31.toRecords());

        DunningProposal feb20 = engine.propose(List.of(account), h, List.of(), d("2024-02-20"));
        assertEquals(Optional.of(eur("69.15")), line(feb20, ref("I-1")).getInterest());
        assertEquals(Optional.empty(), line(feb20, ref("I-1")).getCompensation());
        assertEquals(Optional.of(eur("3.46")), line(feb20, ref("I-2")).getInterest());
        assertEquals(Optional.of(eur("40.00")), line(feb20, ref("I-2")).getCompensation());
        DunningNotice notice = feb20.getNotices().get(0);
        assertEquals(Optional.of(eur("72.61")), notice.getTotalInterest());
        assertEquals(Optional.of(eur("40.00")), notice.getTotalCompensation());
        h = h.plus(feb20.toRecords());

        DunningProposal again = engine.propose(List.of(account), h, List.of(), d("2024-02-20"));
        assertEquals(List.of(), again.getNotices());
        assertEquals(List.of(), again.toCharges());
    }

    /** §288(1) BGB for a consumer: 3.12 + 5 = 8.12%, 10000 x 8.12% x 15/365 = 12180/365 = 33.369... = EUR 33.37, and no flat fee. */
    @Test
    void german_consumer_interest_has_no_flat_fee() {
        DunningEngine engine = DunningEngine.builder()
                .policy(threeLetters(LatePaymentRules.germanyBgb288(BASISZINSSATZ, CustomerKind.CONSUMER))).build();
        DunningProposal p = engine.propose(List.of(account("C-1", item("C-1", "I-1", "2023-11-30", "EUR 10000.00"))),
                DunningHistory.empty(), List.of(), d("2023-12-15"));
        assertEquals(Optional.of(eur("33.37")), line(p, ref("I-1")).getInterest());
        assertEquals(Optional.empty(), line(p, ref("I-1")).getCompensation());
    }

    // ---- LeveledPolicy.assess: UK fixed sums by debt size ----

    /**
     * UK Act s.5A, GBP debts due 2023-12-20, run on 2024-01-19 (30 days): U-1 GBP 999.99 earns GBP 40,
     * U-2 GBP 1,000.00 GBP 70, U-3 GBP 10,000.00 GBP 100, and U-4, two instalments of GBP 600.00
     * (GBP 1,200.00 together), GBP 70 once, on its first instalment. Interest on U-2 is fixed at the
     * Bank Rate of 30 June 2023 (5.00%) + 8 = 13% although January 2024 has a new reference rate:
     * 1000 x 13% x 30/365 = 3900/365 = 10.6849... = GBP 10.68.
     */
    @Test
    void uk_fixed_sums_by_debt_size_once_per_invoice() {
        DunningEngine engine = DunningEngine.builder()
                .policy(threeLetters(LatePaymentRules.ukLatePaymentAct(BANK_RATE))).build();
        OpenItem u41 = item("C-1", "U-4", d("2023-12-20"), gbp("600.00"), false);
        OpenItem u42 = OpenItem.builder().from(u41).ref(ItemRef.ofInstalment(InvoiceId.of("U-4"), 2)).build();
        DunningAccount account = account("C-1", item("C-1", "U-1", "2023-12-20", "GBP 999.99"),
                item("C-1", "U-2", "2023-12-20", "GBP 1000.00"), item("C-1", "U-3", "2023-12-20", "GBP 10000.00"),
                u41, u42);
        DunningProposal p = engine.propose(List.of(account), DunningHistory.empty(), List.of(), d("2024-01-19"));
        assertEquals(Optional.of(gbp("40.00")), line(p, ref("U-1")).getCompensation());
        assertEquals(Optional.of(gbp("70.00")), line(p, ref("U-2")).getCompensation());
        assertEquals(Optional.of(gbp("100.00")), line(p, ref("U-3")).getCompensation());
        assertEquals(Optional.of(gbp("70.00")), line(p, u41.getRef()).getCompensation());
        assertEquals(Optional.empty(), line(p, u42.getRef()).getCompensation());
        assertEquals(Optional.of(gbp("10.68")), line(p, ref("U-2")).getInterest());
        assertEquals(Optional.of(gbp("280.00")), p.getNotices().get(0).getTotalCompensation());
        long compensationCharges = p.toCharges().stream().filter(c -> c.getChargeId().getValue().startsWith("compensation:")).count();
        assertEquals(4, compensationCharges);
    }

    /** The EU preset's EUR 40 is in euros: a GBP debt gets none from it. */
    @Test
    void a_compensation_in_another_currency_charges_nothing() {
        DunningEngine engine = DunningEngine.builder()
                .policy(threeLetters(LatePaymentRules.euLatePaymentDirective(BANK_RATE))).build();
        DunningProposal p = engine.propose(List.of(account("C-1", item("C-1", "U-1", "2023-12-20", "GBP 999.99"))),
                DunningHistory.empty(), List.of(), d("2024-01-19"));
        assertEquals(Optional.empty(), line(p, ref("U-1")).getCompensation());
        assertTrue(line(p, ref("U-1")).getInterest().isPresent());
    }

    // ---- FeeBasis.PER_NOTICE ----

    /**
     * A EUR 5.00 level-1 fee and a EUR 10.00 level-2 fee, each charged once per notice: the first
     * notice (A and B) carries EUR 5.00; a later level-1 notice for a new item C carries none, the
     * level-2 notice EUR 10.00. Per item, the first notice would carry EUR 5.00 on each line.
     */
    @Test
    void a_fee_per_notice_is_charged_once_per_customer_currency_and_level() {
        LeveledPolicy perNotice = LeveledPolicy.builder().name("per notice")
                .addLevels(DunningLevel.builder().daysPastDue(1).addActions(ActionKind.REMINDER_EMAIL)
                        .fee(FeeRule.fixed(eur("5.00"))).feeBasis(FeeBasis.PER_NOTICE).build())
                .addLevels(DunningLevel.builder().daysPastDue(15).addActions(ActionKind.LETTER)
                        .fee(FeeRule.fixed(eur("10.00"))).feeBasis(FeeBasis.PER_NOTICE).build())
                .build();
        DunningEngine engine = DunningEngine.builder().policy(perNotice).build();
        OpenItem a = item("C-1", "A", "2024-05-01", "EUR 100.00");
        OpenItem b = item("C-1", "B", "2024-05-01", "EUR 50.00");
        OpenItem c = item("C-1", "C", "2024-05-05", "EUR 70.00");

        DunningProposal may2 = engine.propose(List.of(account("C-1", a, b)), DunningHistory.empty(), List.of(), d("2024-05-02"));
        DunningNotice first = may2.getNotices().get(0);
        assertEquals(Optional.of(eur("5.00")), first.getNoticeFee());
        assertEquals(Optional.of(eur("5.00")), first.getTotalFee());
        assertTrue(first.getLines().stream().allMatch(l -> l.getFee().isEmpty()));
        assertEquals(List.of(Optional.of(eur("5.00")), Optional.empty()),
                may2.toRecords().stream().map(DunningRecord::getNoticeFee).toList(), "on the first line at the notice level");
        assertEquals(List.of("notice-fee:C-1:EUR:L1"), may2.toCharges().stream().map(x -> x.getChargeId().getValue()).toList());
        DunningHistory h = DunningHistory.empty().plus(may2.toRecords());
        assertTrue(h.isNoticeFeeCharged(C, CurrencyUnit.EUR, 1, d("2024-05-02")));

        DunningProposal may6 = engine.propose(List.of(account("C-1", a, b, c)), h, List.of(), d("2024-05-06"));
        assertEquals(1, may6.getNotices().get(0).getLevel());
        assertEquals(Optional.empty(), may6.getNotices().get(0).getNoticeFee());
        h = h.plus(may6.toRecords());

        DunningProposal may20 = engine.propose(List.of(account("C-1", a, b, c)), h, List.of(), d("2024-05-20"));
        assertEquals(2, may20.getNotices().get(0).getLevel());
        assertEquals(Optional.of(eur("10.00")), may20.getNotices().get(0).getNoticeFee());

        LeveledPolicy perItem = LeveledPolicy.builder().from(perNotice).levels(List.of(
                DunningLevel.builder().from(perNotice.getLevels().get(0)).feeBasis(FeeBasis.PER_ITEM).build())).build();
        DunningProposal itemised = DunningEngine.builder().policy(perItem).build()
                .propose(List.of(account("C-1", a, b)), DunningHistory.empty(), List.of(), d("2024-05-02"));
        assertEquals(Optional.empty(), itemised.getNotices().get(0).getNoticeFee());
        assertEquals(Optional.of(eur("10.00")), itemised.getNotices().get(0).getTotalFee());
    }

    /** Dropping the only line at the notice's level lowers the notice's level, and the notice fee goes with it. */
    @Test
    void an_edit_that_lowers_the_notice_level_drops_the_notice_fee() {
        DunningNotice notice = DunningNotice.builder().customerId(C).currency(CurrencyUnit.EUR).policyName("p")
                .addActions(ActionKind.LETTER).noticeFee(eur("10.00"))
                .addLines(NoticeLine.builder().ref(ref("A")).dueDate(d("2024-05-01")).daysPastDue(20)
                        .openAmount(eur("100.00")).previousLevel(1).level(2).rule("r").build())
                .addLines(NoticeLine.builder().ref(ref("B")).dueDate(d("2024-05-10")).daysPastDue(11)
                        .openAmount(eur("50.00")).previousLevel(0).level(1).rule("r").build())
                .build();
        DunningProposal p = DunningProposal.builder().asOf(d("2024-05-21")).addNotices(notice).build();
        assertEquals(Optional.of(eur("10.00")), p.withoutItem(ref("B")).getNotices().get(0).getNoticeFee());
        assertEquals(Optional.empty(), p.withoutItem(ref("A")).getNotices().get(0).getNoticeFee());
    }

    // ---- DunningProposal.toCharges ----

    /**
     * Invoice I-1, EUR 1,000.00 due 2024-01-31; on 2024-03-01 (30 days late) a EUR 5.00 fee and
     * interest at 2 + 8 = 10%: 1000 x 10% x 30/365 = 3000/365 = 8.2191... = EUR 8.22. The charges are
     * posted to the ledger (twice: the second time changes nothing), then a EUR 100.00 payment is
     * allocated oldest due first with the default charge order: the fee (costs), then the interest,
     * then EUR 86.78 of principal, as §367 BGB orders it. With charges last, all of it goes to principal.
     */
    @Test
    void charges_posted_to_the_ledger_are_settled_before_principal() {
        LeveledPolicy policy = LeveledPolicy.builder().name("fee and interest")
                .addLevels(DunningLevel.builder().daysPastDue(1).addActions(ActionKind.LETTER)
                        .fee(FeeRule.fixed(eur("5.00"))).build())
                .interest(SimpleInterest.builder().referenceRates(RateTable.of(d("2024-01-01"), Percentage.of(2)))
                        .margin(Percentage.of(8)).build())
                .build();
        InvoiceIssued invoice = InvoiceIssued.builder().invoiceId(InvoiceId.of("I-1")).customerId(C)
                .issueDate(d("2024-01-01")).schedule(DueSchedule.of(List.of(Instalment.builder().number(1)
                        .dueDate(d("2024-01-31")).amount(eur("1000.00")).build()))).build();
        CustomerLedger ledger = CustomerLedger.of(C, List.of(invoice));
        LocalDate asOf = d("2024-03-01");
        DunningProposal p = DunningEngine.builder().policy(policy).build().propose(
                List.of(DunningAccount.builder().customerId(C).kind(CustomerKind.BUSINESS)
                        .addAllOpenItems(ledger.asOf(asOf).getOpenItems()).build()),
                DunningHistory.empty(), List.of(), asOf);

        List<ChargePosted> charges = p.toCharges();
        assertEquals(List.of("dunning-fee:C-1:I-1#1:L1", "interest:C-1:I-1#1:2024-03-01"),
                charges.stream().map(c -> c.getChargeId().getValue()).toList());
        assertEquals(List.of(ItemKind.FEE, ItemKind.INTEREST), charges.stream().map(ChargePosted::getChargeKind).toList());
        assertEquals(List.of(eur("5.00"), eur("8.22")), charges.stream().map(ChargePosted::getAmount).toList());
        assertTrue(charges.stream().allMatch(c -> c.getPostedDate().equals(asOf) && c.getDueDate().equals(asOf)
                && c.getInvoiceId().equals(Optional.of(InvoiceId.of("I-1")))));

        CustomerLedger charged = ledger;
        for (ChargePosted c : charges) {
            charged = charged.withEvent(c);
        }
        CustomerLedger twice = charged;
        for (ChargePosted c : p.toCharges()) {
            twice = twice.withEvent(c);
        }
        assertEquals(charged, twice);
        assertEquals(eur("1013.22"), twice.asOf(asOf).getBalance(CurrencyUnit.EUR));

        CustomerLedger paid = charged.withEvent(PaymentReceived.builder().paymentId(PaymentId.of("P-1")).customerId(C)
                .receivedDate(asOf).amount(eur("100.00")).method(PaymentMethod.BANK_TRANSFER).build());
        AllocationPosted first = paid.asOf(asOf).allocate(EventId.of("A-1"), PaymentId.of("P-1"),
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults()).get();
        assertEquals(ChargeOrder.CHARGES_FIRST, AllocationOptions.defaults().getChargeOrder());
        assertEquals(List.of(charges.get(0).getItemRef(), charges.get(1).getItemRef(), ref("I-1")),
                first.getApplications().stream().map(ItemApplication::getItem).toList());
        assertEquals(List.of(eur("5.00"), eur("8.22"), eur("86.78")),
                first.getApplications().stream().map(ItemApplication::getAmount).toList());

        AllocationPosted last = paid.asOf(asOf).allocate(EventId.of("A-1"), PaymentId.of("P-1"),
                AllocationStrategies.OLDEST_DUE_FIRST,
                AllocationOptions.builder().chargeOrder(ChargeOrder.CHARGES_LAST).build()).get();
        assertEquals(List.of(ref("I-1")), last.getApplications().stream().map(ItemApplication::getItem).toList());
    }
}
