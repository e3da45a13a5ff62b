package org.receivables.dunning.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.ContactAttempt;
import org.receivables.dunning.ContactOutcome;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.DunningProposal;
import org.receivables.core.customer.ContactChannel;

/** Small builders for dunning tests: items, accounts, refs. */
public final class Fixtures {

    private Fixtures() {
    }

    public static CustomerId cust(String id) {
        return CustomerId.of(id);
    }

    public static ItemRef ref(String invoice) {
        return ItemRef.ofInstalment(InvoiceId.of(invoice), 1);
    }

    public static OpenItem item(String customer, String invoice, String dueDate, String amount) {
        return item(customer, invoice, LocalDate.parse(dueDate), Money.parse(amount), false);
    }

    public static OpenItem item(String customer, String invoice, LocalDate due, Money amount, boolean disputed) {
        return OpenItem.builder().ref(ref(invoice)).customerId(cust(customer))
                .issueDate(due.minusDays(30)).dueDate(due)
                .originalAmount(amount).openAmount(amount).disputed(disputed).build();
    }

    public static OpenItem disputed(String customer, String invoice, String dueDate, String amount) {
        return item(customer, invoice, LocalDate.parse(dueDate), Money.parse(amount), true);
    }

    public static DunningAccount.Builder accountOf(String customer, OpenItem... items) {
        DunningAccount.Builder b = DunningAccount.builder().customerId(cust(customer)).kind(CustomerKind.BUSINESS);
        b.addOpenItems(items);
        return b;
    }

    public static DunningAccount account(String customer, OpenItem... items) {
        return accountOf(customer, items).build();
    }

    /** The contact attempts executing a proposal makes: one delivered attempt per notice channel. */
    public static List<ContactAttempt> attemptsOf(DunningProposal proposal) {
        List<ContactAttempt> out = new ArrayList<>();
        for (DunningNotice notice : proposal.getNotices()) {
            for (ContactChannel channel : notice.getChannels()) {
                out.add(ContactAttempt.of(notice.getCustomerId(), channel, proposal.getAsOf(), ContactOutcome.DELIVERED));
            }
        }
        return out;
    }
}
