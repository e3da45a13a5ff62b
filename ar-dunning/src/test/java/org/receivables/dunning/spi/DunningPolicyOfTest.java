package org.receivables.dunning.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.Exclusion;
import org.receivables.dunning.Gate;

/** Policies written as lambdas through {@link DunningPolicy#of}. */
class DunningPolicyOfTest {

    private static final CustomerId C = CustomerId.of("C-1");
    private static final DunningAccount ACCOUNT = DunningAccount.builder().customerId(C).kind(CustomerKind.BUSINESS)
            .addOpenItems(OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1)).customerId(C)
                    .issueDate(LocalDate.of(2024, 1, 1)).dueDate(LocalDate.of(2024, 1, 31))
                    .originalAmount(Money.parse("EUR 100.00")).openAmount(Money.parse("EUR 100.00")).build())
            .build();

    // ---- of ----

    @Test
    void test_of_aLambdaPolicyIsRunByTheEngineUnderItsName() {
        DunningPolicy holdAll = DunningPolicy.of("hold-all", (account, history, asOf) -> PolicyOutcome.builder()
                .addExclusions(Exclusion.builder().customerId(account.getCustomerId()).gate(Gate.ON_HOLD)
                        .detail("held by a lambda on " + asOf).policyName("hold-all").build())
                .build());
        assertEquals("hold-all", holdAll.getName());
        assertEquals("hold-all", holdAll.toString());
        DunningProposal p = DunningEngine.builder().policy(holdAll).build()
                .propose(List.of(ACCOUNT), DunningHistory.empty(), List.of(), LocalDate.of(2024, 3, 1));
        assertTrue(p.getNotices().isEmpty());
        assertEquals("held by a lambda on 2024-03-01", p.getExclusions(C).get(0).getDetail());
    }

    @Test
    void test_of_aLambdaThatThrowsIsReportedAndTheRunCompletes() {
        DunningPolicy broken = DunningPolicy.of("broken", (account, history, asOf) -> {
            throw new IllegalStateException("boom");
        });
        DunningProposal p = DunningEngine.builder().policy(broken).build()
                .propose(List.of(ACCOUNT), DunningHistory.empty(), List.of(), LocalDate.of(2024, 3, 1));
        Exclusion failure = p.getExclusions(C).get(0);
        assertEquals(Gate.POLICY_FAILED, failure.getGate());
        assertTrue(failure.getDetail().contains("broken") || failure.getPolicyName().orElse("").equals("broken"),
                failure.toString());
    }

    @Test
    void test_of_badInput() {
        PolicyOutcome none = PolicyOutcome.builder().build();
        assertEquals("name", assertThrows(NullPointerException.class,
                () -> DunningPolicy.of(null, (a, h, d) -> none)).getMessage());
        assertEquals("assessor", assertThrows(NullPointerException.class,
                () -> DunningPolicy.of("x", null)).getMessage());
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> DunningPolicy.of("  ", (a, h, d) -> none));
        assertTrue(blank.getMessage().startsWith("name") && blank.getMessage().contains("'  '"), blank.getMessage());
        DunningPolicy nullResult = DunningPolicy.of("null-result", (a, h, d) -> null);
        assertEquals("assessor result", assertThrows(NullPointerException.class,
                () -> nullResult.assess(ACCOUNT, DunningHistory.empty(), LocalDate.of(2024, 3, 1))).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class,
                () -> nullResult.assess(ACCOUNT, DunningHistory.empty(), null)).getMessage());
    }
}
