package org.inferscope.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app talks to the engine only; view models hold no scene graph. */
class AppArchitectureTest {
    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.inferscope.app");

    @Test
    void theAppNeverImportsPluginClasses() {
        noClasses().that().resideInAPackage("org.inferscope.app..")
                .should().dependOnClassesThat().resideInAPackage("org.inferscope.plugins..").check(app);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().resideInAPackage("org.inferscope.app.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.inferscope.app.view..")
                .check(app);
    }
}
