package org.receivables.dunning.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins on the module path: a provider module declaring {@code provides ... DunningPolicyProvider}
 * is found by {@link DunningPolicies}, because ar-dunning's module-info {@code uses} the service. The
 * test compiles a small provider module, resolves it with ar-dunning and its dependencies in a new
 * module layer, and calls {@link DunningPolicies} inside that layer.
 */
class ModulePathPluginTest {

    // ---- byName ----

    @Test
    @SuppressWarnings("unchecked")
    void a_provider_module_is_found_by_name_on_the_module_path(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        Path out = tmp.resolve("out");
        Files.createDirectories(src.resolve("sample/plugin"));
        Files.writeString(src.resolve("module-info.java"), "module sample.plugin {\n"
                + "  requires org.receivables.dunning;\n"
                + "  provides org.receivables.dunning.spi.DunningPolicyProvider with sample.plugin.SampleProvider;\n"
                + "}\n", StandardCharsets.UTF_8);
        Files.writeString(src.resolve("sample/plugin/SampleProvider.java"), "package sample.plugin;\n"
                + "public final class SampleProvider implements org.receivables.dunning.spi.DunningPolicyProvider {\n"
                + "  public SampleProvider() { }\n"
                + "  public String getName() { return \"sample-module\"; }\n"
                + "  public org.receivables.dunning.spi.DunningPolicy create() {\n"
                + "    return org.receivables.dunning.policy.LeveledPolicy.parse(\"policy sample-module\\nlevel 1: LETTER\");\n"
                + "  }\n"
                + "}\n", StandardCharsets.UTF_8);
        List<Path> modulePath = modulePath();
        String mp = String.join(File.pathSeparator, modulePath.stream().map(Path::toString).toList());
        // javax.tools by reflection: the test sources compile inside ar-dunning's module, which does not
        // read java.compiler; at run time the tests are on the class path, which reads every module
        Object javac = Class.forName("javax.tools.ToolProvider").getMethod("getSystemJavaCompiler").invoke(null);
        Class<?> tool = Class.forName("javax.tools.Tool");
        int rc = (Integer) tool.getMethod("run", java.io.InputStream.class, java.io.OutputStream.class,
                java.io.OutputStream.class, String[].class).invoke(javac, null, null, null, new String[] {
                    "-d", out.toString(), "--module-path", mp,
                    src.resolve("module-info.java").toString(), src.resolve("sample/plugin/SampleProvider.java").toString()});
        assertEquals(0, rc, "the sample provider module compiles");

        List<Path> all = new ArrayList<>(modulePath);
        all.add(out);
        Configuration config = ModuleLayer.boot().configuration().resolveAndBind(
                ModuleFinder.of(all.toArray(Path[]::new)), ModuleFinder.of(), Set.of("org.receivables.dunning"));
        assertTrue(config.findModule("sample.plugin").isPresent(), "service binding pulls the provider module in");
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        Class<?> policies = layer.findLoader("org.receivables.dunning").loadClass("org.receivables.dunning.spi.DunningPolicies");

        {
            // the context class loader is the application loader: the class path still lists the test providers, built against another copy of the
            // interface: they fail to load in the layer and are skipped, not fatal
            List<String> names = (List<String>) policies.getMethod("names").invoke(null);
            assertEquals(List.of("sample-module"), names);
            Object policy = policies.getMethod("byName", String.class).invoke(null, "sample-module");
            Class<?> api = layer.findLoader("org.receivables.dunning").loadClass("org.receivables.dunning.spi.DunningPolicy");
            assertEquals("sample-module", api.getMethod("getName").invoke(policy));
        }
    }

    /** The module path of ar-dunning: every jar or class directory with a module descriptor on the test class path. */
    private static List<Path> modulePath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator)).map(Path::of)
                .filter(p -> !p.toString().contains("junit") && !p.toString().contains("opentest4j")
                        && !p.toString().contains("apiguardian") && !p.toString().contains("quicktheories"))
                .filter(p -> p.toString().endsWith(".jar") || Files.isRegularFile(p.resolve("module-info.class")))
                .toList();
    }
}
