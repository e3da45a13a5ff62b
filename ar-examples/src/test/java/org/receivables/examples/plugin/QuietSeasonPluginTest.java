package org.receivables.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
import org.receivables.dunning.Gate;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.spi.DunningPolicies;
import org.receivables.dunning.spi.DunningPolicy;
import org.receivables.dunning.spi.PolicyOutcome;

/** The sample plugin: found by name on the class path and on the module path, and what it decides. */
class QuietSeasonPluginTest {

    private static final DunningAccount ACCOUNT = DunningAccount.builder().customerId(CustomerId.of("C-1"))
            .kind(CustomerKind.BUSINESS)
            .addOpenItems(OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1))
                    .customerId(CustomerId.of("C-1")).issueDate(LocalDate.of(2024, 10, 1))
                    .dueDate(LocalDate.of(2024, 10, 31)).originalAmount(Money.parse("EUR 500.00"))
                    .openAmount(Money.parse("EUR 500.00")).build())
            .build();

    // ---- ServiceLoader on the class path ----

    @Test
    void isFoundByNameOnTheClassPath() {
        assertTrue(DunningPolicies.names().contains(QuietSeasonPolicyProvider.NAME), DunningPolicies.names().toString());
        DunningPolicy policy = DunningPolicies.byName(QuietSeasonPolicyProvider.NAME);
        assertEquals("quiet-season", policy.getName());
        assertTrue(policy instanceof QuietSeasonPolicy);
    }

    // ---- ServiceLoader on the module path ----

    @Test
    void isFoundByServiceBindingOnTheModulePath() throws Exception {
        Path[] modulePath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.toString().endsWith(".jar") || Files.isRegularFile(p.resolve("module-info.class")))
                .toArray(Path[]::new);
        Configuration config = ModuleLayer.boot().configuration().resolveAndBind(ModuleFinder.of(modulePath),
                ModuleFinder.of(), Set.of("org.receivables.dunning"));
        // nothing requires the examples module: service binding alone pulls the provider in
        assertTrue(config.findModule("org.receivables.examples").isPresent());
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        Class<?> policies = layer.findLoader("org.receivables.dunning")
                .loadClass("org.receivables.dunning.spi.DunningPolicies");
        Object policy = policies.getMethod("byName", String.class).invoke(null, QuietSeasonPolicyProvider.NAME);
        assertEquals("org.receivables.examples", policy.getClass().getModule().getName());
        assertEquals(QuietSeasonPolicyProvider.NAME, policy.getClass().getMethod("getName").invoke(policy));
    }

    // ---- assess ----

    @Test
    void holdsEveryoneInsideTheSeasonAndSaysWhenItResumes() {
        DunningPolicy policy = new QuietSeasonPolicyProvider().create();
        for (LocalDate quiet : List.of(LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 6))) {
            PolicyOutcome outcome = policy.assess(ACCOUNT, DunningHistory.empty(), quiet);
            assertTrue(outcome.getNotices().isEmpty(), quiet.toString());
            assertEquals(Gate.ON_HOLD, outcome.getExclusions().get(0).getGate());
            assertEquals(LocalDate.of(quiet.getMonthValue() == 12 ? 2025 : quiet.getYear(), 1, 7),
                    outcome.getNextChange().orElseThrow(), quiet.toString());
        }
    }

    @Test
    void outsideTheSeasonDecidesExactlyAsItsDelegate() {
        DunningPolicy policy = new QuietSeasonPolicyProvider().create();
        DunningPolicy delegate = LeveledPolicy.parse(QuietSeasonPolicyProvider.STANDARD);
        for (LocalDate day : List.of(LocalDate.of(2024, 12, 19), LocalDate.of(2025, 1, 7), LocalDate.of(2024, 11, 15))) {
            assertEquals(delegate.assess(ACCOUNT, DunningHistory.empty(), day),
                    policy.assess(ACCOUNT, DunningHistory.empty(), day), day.toString());
        }
        assertFalse(new QuietSeasonPolicy("x", delegate, java.time.MonthDay.of(7, 1), java.time.MonthDay.of(7, 31))
                .isQuiet(LocalDate.of(2024, 12, 25)));
    }

    @Test
    void theEngineRunsThePluginAndReportsTheHold() {
        DunningEngine engine = DunningEngine.builder().policy(DunningPolicies.byName("quiet-season")).build();
        DunningProposal proposal = engine.propose(List.of(ACCOUNT), DunningHistory.empty(), List.of(),
                LocalDate.of(2024, 12, 27));
        assertTrue(proposal.getNotices().isEmpty());
        assertEquals(Gate.ON_HOLD, proposal.getExclusions(CustomerId.of("C-1")).get(0).getGate());
        assertEquals(LocalDate.of(2025, 1, 7), proposal.getNextChange(CustomerId.of("C-1")).orElseThrow().getDate());
        DunningProposal after = engine.propose(List.of(ACCOUNT), DunningHistory.empty(), List.of(),
                LocalDate.of(2025, 1, 7));
        assertEquals(1, after.getNotices().size());
    }
}
