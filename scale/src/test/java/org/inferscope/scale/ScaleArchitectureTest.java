package org.inferscope.scale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Spark module uses the engine like any program: through its api, never a plugin's classes. */
class ScaleArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.inferscope.scale", "org.inferscope.engine");

    @Test
    void scaleNeverImportsAPlugin() {
        noClasses().that().resideInAPackage("org.inferscope.scale..")
                .should().dependOnClassesThat().resideInAPackage("org.inferscope.plugins..")
                .check(CLASSES);
    }

    @Test
    void theEngineNeverImportsSpark() {
        noClasses().that().resideInAPackage("org.inferscope.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.inferscope.scale..")
                .check(CLASSES);
    }
}
