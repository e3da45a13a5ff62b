// Applies one payment to a customer's open items by two strategies and prints the applications.
// Run (after `mvn -B -q -DskipTests package`), from the repository root:
//   jshell --class-path "$(cat ar-examples/target/classpath.txt)" ar-examples/scripts/allocate-a-payment.jsh
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.terms.PaymentTerms;

CustomerId customer = CustomerId.of("C-1");
Invoice invoice(String id, String date, String amount) {
    return Invoice.builder().id(InvoiceId.of(id)).customerId(customer).issueDate(LocalDate.parse(date))
            .amount(Money.parse(amount)).terms(PaymentTerms.parse("Net 30")).build();
}

CustomerLedger ledger = CustomerLedger.of(customer, List.of(
        InvoiceIssued.of(invoice("INV-1", "2024-01-01", "EUR 300.00")),
        InvoiceIssued.of(invoice("INV-2", "2024-01-10", "EUR 100.00")),
        PaymentReceived.of(Payment.builder().id(PaymentId.of("PAY-1")).customerId(customer)
                .receivedDate(LocalDate.parse("2024-02-01")).amount(Money.parse("EUR 200.00"))
                .method(PaymentMethod.BANK_TRANSFER).build())));

for (AllocationStrategy strategy : List.of(AllocationStrategies.OLDEST_DUE_FIRST, AllocationStrategies.PROPORTIONAL)) {
    var allocation = ledger.asOf(LocalDate.parse("2024-02-01"))
            .allocate(EventId.of("A-1"), PaymentId.of("PAY-1"), strategy, AllocationOptions.defaults()).orElseThrow();
    System.out.println(strategy + ": " + allocation.getApplications().stream()
            .map(a -> a.getItem() + " " + a.getAmount()).toList());
}
/exit
