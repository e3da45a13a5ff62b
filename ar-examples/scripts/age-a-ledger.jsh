// Ages a small portfolio as of a date and prints the totals per bucket.
// Run (after `mvn -B -q -DskipTests package`), from the repository root:
//   jshell --class-path "$(cat ar-examples/target/classpath.txt)" ar-examples/scripts/age-a-ledger.jsh
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingAmounts;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.terms.PaymentTerms;

Invoice invoice(String customer, String id, String date, String amount) {
    return Invoice.builder().id(InvoiceId.of(id)).customerId(CustomerId.of(customer))
            .issueDate(LocalDate.parse(date)).amount(Money.parse(amount))
            .terms(PaymentTerms.parse("Net 30")).build();
}

Portfolio portfolio = Portfolio.of(List.of(
        CustomerLedger.of(CustomerId.of("C-1"), List.of(
                InvoiceIssued.of(invoice("C-1", "INV-1", "2024-01-10", "EUR 1000.00")),
                InvoiceIssued.of(invoice("C-1", "INV-2", "2024-03-15", "EUR 500.00")))),
        CustomerLedger.of(CustomerId.of("C-2"), List.of(
                InvoiceIssued.of(invoice("C-2", "INV-3", "2023-11-20", "EUR 250.00"))))));

AgingReport report = AgingReport.of(portfolio, LocalDate.parse("2024-03-31"), AgingOptions.defaults());
AgingAmounts eur = report.getTotals(CurrencyUnit.EUR);
for (int i = 0; i < report.getBuckets().size(); i++) {
    System.out.println(report.getBuckets().get(i).getLabel() + ": " + eur.getAmount(i));
}
System.out.println("total: " + eur.getTotal());
/exit
