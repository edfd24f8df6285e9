package com.starlightdesk.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module direction app → sync → data → schema: no JavaFX below the app, the app uses sync
 * only through its public API package ({@code com.starlightdesk.sync.api}), and view-models stay
 * free of the scene graph so they can be tested without a toolkit.
 */
final class ArchitectureTest {
    /** The only sync package the desktop may use. */
    static final String SYNC_API = "com.starlightdesk.sync.api..";
    /** The admin command line, a composition root of command-line tools. */
    static final String ADMIN_CLI = "com.starlightdesk.app.cli..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.starlightdesk");
    }

    @Test
    void dataKnowsNothingOfJavaFxOrSync() {
        noClasses().that().resideInAPackage("com.starlightdesk.data..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.starlightdesk.sync..", "com.starlightdesk.app..")
                .check(classes);
    }

    @Test
    void syncKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("com.starlightdesk.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.starlightdesk.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void appUsesSyncOnlyThroughItsApi() {
        noClasses().that().resideInAPackage("com.starlightdesk.app..").and().resideOutsideOfPackage(ADMIN_CLI)
                .should().dependOnClassesThat(resideInAPackage("com.starlightdesk.sync..").and(not(resideInAPackage(SYNC_API))))
                .check(classes);
    }

    /** The admin command line registers sync's own command-line tools, and nothing else of sync's internals. */
    @Test
    void adminCommandLineUsesOnlySyncCommands() {
        noClasses().that().resideInAPackage(ADMIN_CLI)
                .should().dependOnClassesThat(resideInAPackage("com.starlightdesk.sync..").and(not(resideInAPackage(SYNC_API)))
                        .and(not(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Command"))))
                .check(classes);
    }

    @Test
    void viewModelsNeedNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.application..", "javafx.stage..",
                        "javafx.fxml..")
                .check(classes);
    }
}
