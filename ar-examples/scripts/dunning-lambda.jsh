// Runs a dunning policy written as a lambda: one e-mail reminder for every item 14 or more days overdue.
// Run (after `mvn -B -q -DskipTests package`), from the repository root:
//   jshell --class-path "$(cat ar-examples/target/classpath.txt)" ar-examples/scripts/dunning-lambda.jsh
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.NoticeLine;
import org.receivables.dunning.spi.DunningPolicy;
import org.receivables.dunning.spi.PolicyOutcome;

DunningPolicy remind = DunningPolicy.of("remind-after-14", (account, history, asOf) -> {
    List<NoticeLine> lines = account.getOpenItems().stream()
            .filter(item -> item.daysPastDue(asOf) >= 14 && history.levelOf(item.getRef(), asOf) == 0)
            .map(item -> NoticeLine.builder().ref(item.getRef()).dueDate(item.getDueDate())
                    .daysPastDue(item.daysPastDue(asOf)).openAmount(item.getOpenAmount())
                    .previousLevel(0).level(1).rule("14 days past due").build())
            .toList();
    return lines.isEmpty() ? PolicyOutcome.builder().build()
            : PolicyOutcome.builder().addNotices(DunningNotice.builder().customerId(account.getCustomerId())
                    .currency(lines.get(0).getOpenAmount().getCurrencyUnit()).policyName("remind-after-14")
                    .addAllLines(lines).addActions(ActionKind.REMINDER_EMAIL).build()).build();
});

OpenItem item(String id, String due, String amount) {
    return OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of(id), 1)).customerId(CustomerId.of("C-1"))
            .issueDate(LocalDate.parse(due).minusDays(30)).dueDate(LocalDate.parse(due))
            .originalAmount(Money.parse(amount)).openAmount(Money.parse(amount)).build();
}
// in JShell a line that is already a whole statement ends it: continue chains with a trailing dot
DunningAccount account = DunningAccount.builder().customerId(CustomerId.of("C-1")).kind(CustomerKind.BUSINESS).
        addOpenItems(item("INV-1", "2024-02-01", "EUR 400.00"), item("INV-2", "2024-02-25", "EUR 90.00")).build();

var proposal = DunningEngine.builder().policy(remind).build().
        propose(List.of(account), DunningHistory.empty(), List.of(), LocalDate.parse("2024-03-01"));
for (DunningNotice notice : proposal.getNotices()) {
    System.out.println(notice.getCustomerId() + " level " + notice.getLevel() + " " + notice.getActions() + ": "
            + notice.getLines().stream().map(l -> l.getRef() + " " + l.getDaysPastDue() + " days").toList());
}
/exit
