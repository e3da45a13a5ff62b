package org.receivables.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.Portfolio;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningForecast;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.Exclusion;
import org.receivables.dunning.Gate;
import org.receivables.dunning.NextChange;
import org.receivables.dunning.NoticeLine;
import org.receivables.dunning.ScorePart;
import org.receivables.dunning.WorklistEntry;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.spi.DunningPolicies;

/**
 * The dunning part of the demo: a leveled policy written as plain text, weekly runs through the
 * last quarter recorded as executed, then the proposal for the as-of date with its reasons, a
 * 30-day forecast assuming no payment arrives, and the collections worklist.
 */
final class DunningDemo {

    /** The policy, in the plain-text form {@link LeveledPolicy#parse(CharSequence)} reads. */
    static final String POLICY = String.join("\n",
            "policy standard",
            "grace 3 days",
            "interval 7 days",
            "level -3: REMINDER_EMAIL",
            "level 7: REMINDER_EMAIL",
            "level 21: LETTER fee EUR 5.00",
            "level 45: LETTER, PHONE_CALL_TASK fee EUR 15.00",
            "level 90: AGENCY_HANDOFF");

    private DunningDemo() {
    }

    /**
     * Prints the dunning sections.
     *
     * @param out where to print, not null
     * @param portfolio the portfolio, not null
     * @param asOf the as-of date, not null
     */
    static void print(PrintStream out, Portfolio portfolio, LocalDate asOf) {
        DunningEngine engine = DunningEngine.builder().policy(LeveledPolicy.parse(POLICY)).build();

        // the runs a user would have executed: every Monday of the last quarter before the as-of date
        DunningHistory history = DunningHistory.empty();
        for (LocalDate run = asOf.minusWeeks(12).with(java.time.DayOfWeek.MONDAY); run.isBefore(asOf);
                run = run.plusWeeks(1)) {
            history = history.plus(engine.propose(accounts(portfolio, run), history, List.of(), run).toRecords());
        }
        List<DunningAccount> accounts = accounts(portfolio, asOf);
        DunningProposal proposal = engine.propose(accounts, history, List.of(), asOf);

        out.println();
        out.println("10. Dunning proposal as of " + asOf + " (policy 'standard', weekly runs recorded since "
                + asOf.minusWeeks(12).with(java.time.DayOfWeek.MONDAY) + ")");
        out.printf(Locale.ROOT, "   %-8s %5s %5s %16s %12s  %s%n", "customer", "level", "items", "amount", "fee",
                "actions");
        int shown = 0;
        for (DunningNotice notice : proposal.getNotices()) {
            if (shown++ == 8) {
                out.println("   ... and " + (proposal.getNotices().size() - 8) + " more notices");
                break;
            }
            out.printf(Locale.ROOT, "   %-8s %5d %5d %16s %12s  %s%n", notice.getCustomerId(), notice.getLevel(),
                    notice.getLines().size(), notice.getTotal(),
                    notice.getTotalFee().map(Object::toString).orElse("-"), notice.getActions());
        }
        for (DunningNotice notice : proposal.getNotices()) {
            NoticeLine rising = notice.getLines().stream().filter(NoticeLine::isRising).findFirst().orElse(null);
            if (rising != null) {
                out.println("   why " + notice.getCustomerId() + ": " + rising.getRef() + ", "
                        + rising.getDaysPastDue() + " days past due: " + truncate(rising.getRule(), 50));
                break;
            }
        }
        Map<Gate, Integer> gates = new TreeMap<>();
        for (Exclusion exclusion : proposal.getExclusions()) {
            gates.merge(exclusion.getGate(), 1, Integer::sum);
        }
        out.println("   left out (gate, items or customers, an example):");
        for (Map.Entry<Gate, Integer> gate : gates.entrySet()) {
            for (Exclusion exclusion : proposal.getExclusions()) {
                if (exclusion.getGate() == gate.getKey()) {
                    out.printf(Locale.ROOT, "     %-22s %4d  %s%n", gate.getKey(), gate.getValue(),
                            truncate(exclusion.getCustomerId() + ": " + exclusion.getDetail(), 64));
                    break;
                }
            }
        }
        List<NextChange> next = proposal.getNextChanges();
        if (!next.isEmpty()) {
            NextChange change = next.get(0);
            out.println("   next change for " + change.getCustomerId() + " on " + change.getDate() + ": "
                    + truncate(change.getReason(), 60));
        }

        DunningProposal plugin = DunningEngine.builder().policy(DunningPolicies.byName("quiet-season")).build()
                .propose(accounts, history, List.of(), asOf);
        long held = plugin.getExclusions().stream().filter(e -> e.getGate() == Gate.ON_HOLD).count();
        out.println("   plugin 'quiet-season' (via ServiceLoader): " + plugin.getNotices().size()
                + " notices, " + held + " customers on hold" + plugin.getNextChanges().stream().findFirst()
                        .map(c -> ", resuming " + c.getDate()).orElse(""));

        LocalDate start = asOf.plusDays(1);
        DunningForecast forecast = engine.forecast(accounts, history.plus(proposal.toRecords()), List.of(), start, 30);
        out.println();
        out.println("11. Dunning forecast, " + start + " to " + start.plusDays(29)
                + ", assuming no payment arrives (notices by level)");
        for (DunningProposal day : forecast.getProposals()) {
            Map<Integer, Integer> byLevel = new TreeMap<>();
            for (DunningNotice notice : day.getNotices()) {
                byLevel.merge(notice.getLevel(), 1, Integer::sum);
            }
            out.println("   " + day.getAsOf() + "  " + day.getNotices().size() + " notices  " + byLevel);
        }

        out.println();
        out.println("12. Collections worklist as of " + asOf + " (top 5; score = sum of its non-zero parts)");
        List<WorklistEntry> worklist = engine.worklist(accounts, asOf);
        for (WorklistEntry entry : worklist.subList(0, Math.min(5, worklist.size()))) {
            List<String> parts = new ArrayList<>();
            for (ScorePart part : entry.getParts()) {
                if (part.getPoints().signum() != 0) {
                    parts.add(part.getName() + " " + part.getPoints().toPlainString());
                }
            }
            out.println("   " + entry.getCustomerId() + "  " + entry.getScore().toPlainString() + "  = "
                    + truncate(String.join(" + ", parts), 76));
        }
    }

    private static List<DunningAccount> accounts(Portfolio portfolio, LocalDate asOf) {
        List<DunningAccount> accounts = new ArrayList<>();
        for (LedgerView view : portfolio.asOf(asOf)) {
            accounts.add(DunningAccount.builder().customerId(view.getCustomerId()).kind(CustomerKind.BUSINESS)
                    .addAllOpenItems(view.getOpenItems()).build());
        }
        return accounts;
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
