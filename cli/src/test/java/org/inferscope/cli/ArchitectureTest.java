package org.inferscope.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way dependencies of the house: app -> engine <- plugins. Runs in the CLI module because
 * its test class path holds the engine, the CLI and every plugin.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.inferscope");
    }

    @Test
    void theImportSeesEngineCliAndPluginClasses() {
        // guards the rules below against passing on an empty import
        assertTrue(classes.containPackage("org.inferscope.engine.api"));
        assertTrue(classes.containPackage("org.inferscope.cli"));
        assertTrue(classes.containPackage("org.inferscope.plugins.onnxruntime"));
    }

    @Test
    void engineNeverImportsJavaFx() {
        noClasses().that().resideInAPackage("org.inferscope.engine..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void engineNeverImportsPluginsAppOrCli() {
        noClasses().that().resideInAPackage("org.inferscope.engine..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.inferscope.plugins..", "org.inferscope.app..", "org.inferscope.cli..")
                .check(classes);
    }

    @Test
    void pluginsUseOnlyTheEnginesApiAndSpi() {
        noClasses().that().resideInAPackage("org.inferscope.plugins..")
                .should().dependOnClassesThat(resideInAPackage("org.inferscope..")
                        .and(not(resideInAnyPackage("org.inferscope.engine.api..", "org.inferscope.engine.spi..",
                                "org.inferscope.plugins.."))))
                .check(classes);
    }

    @Test
    void pluginsDoNotImportEachOther() {
        for (String plugin : new String[] {"onnxruntime", "tribuo", "nd4j"}) {
            noClasses().that().resideInAPackage("org.inferscope.plugins." + plugin + "..")
                    .should().dependOnClassesThat(resideInAPackage("org.inferscope.plugins..")
                            .and(not(resideInAPackage("org.inferscope.plugins." + plugin + ".."))))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void appAndCliNeverImportPluginClasses() {
        noClasses().that().resideInAnyPackage("org.inferscope.app..", "org.inferscope.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.inferscope.plugins..")
                .check(classes);
    }
}
