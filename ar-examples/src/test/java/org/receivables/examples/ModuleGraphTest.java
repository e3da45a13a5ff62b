package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built modules resolve on the module path, as a JPMS application would load them: every
 * {@code requires} is satisfied, nothing internal is exported, and Immutables is not needed at run time.
 */
class ModuleGraphTest {

    // ---- module resolution ----

    @Test
    void theExamplesModuleResolvesWithOnlyTheLibraryDependencies() {
        Configuration config = resolve("org.receivables.examples");
        Set<String> names = config.modules().stream().map(ResolvedModule::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(names.containsAll(Set.of("org.receivables.core", "org.receivables.aging",
                "org.receivables.dunning", "org.joda.money", "org.slf4j")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("org.immutables")),
                "Immutables must be compile-time only: " + names);
    }

    @Test
    void coreExportsItsApiAndNotItsInternals() {
        ModuleDescriptor core = resolve("org.receivables.core").findModule("org.receivables.core")
                .orElseThrow().reference().descriptor();
        Set<String> exported = core.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(exported.containsAll(Set.of("org.receivables.core.money", "org.receivables.core.customer",
                "org.receivables.core.document", "org.receivables.core.terms")), exported.toString());
        assertFalse(exported.stream().anyMatch(p -> p.contains(".internal")), exported.toString());
        assertTrue(core.packages().contains("org.receivables.core.internal"));
        ModuleDescriptor.Requires money = core.requires().stream()
                .filter(r -> r.name().equals("org.joda.money")).findFirst().orElseThrow();
        assertEquals(Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE), money.modifiers(),
                "Money appears in core's API, so joda-money must be required transitively");
    }

    @Test
    void agingAndDunningExportTheirApiAndDunningUsesItsSpi() {
        Configuration config = resolve("org.receivables.examples");
        ModuleDescriptor aging = config.findModule("org.receivables.aging").orElseThrow().reference().descriptor();
        ModuleDescriptor dunning = config.findModule("org.receivables.dunning").orElseThrow().reference().descriptor();
        assertEquals(Set.of("org.receivables.aging", "org.receivables.aging.allowance",
                "org.receivables.aging.behaviour", "org.receivables.aging.bulk", "org.receivables.aging.metrics"),
                exports(aging));
        assertEquals(Set.of("org.receivables.dunning", "org.receivables.dunning.spi", "org.receivables.dunning.policy",
                "org.receivables.dunning.interest", "org.receivables.dunning.fee", "org.receivables.dunning.bulk"),
                exports(dunning));
        assertEquals(Set.of("org.receivables.dunning.spi.DunningPolicyProvider"), dunning.uses());
    }

    private static Set<String> exports(ModuleDescriptor module) {
        return module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Configuration resolve(String root) {
        Path[] modulePath = Arrays.stream(testClassPath().split(File.pathSeparator))
                .map(Path::of)
                .filter(p -> p.toString().endsWith(".jar") || Files.isRegularFile(p.resolve("module-info.class")))
                .toArray(Path[]::new);
        return ModuleLayer.boot().configuration().resolve(ModuleFinder.of(modulePath), ModuleFinder.ofSystem(), Set.of(root));
    }

    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null ? surefire : System.getProperty("java.class.path");
    }
}
