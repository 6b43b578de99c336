package org.smriti;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the three layers pointing one way: ui → data → core, with core free of UI, JSON and files. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.smriti");
    }

    @Test
    void coreDependsOnNoJavaFx() {
        check(noClasses().that().resideInAPackage("org.smriti.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.."));
    }

    @Test
    void coreDependsOnNoGson() {
        check(noClasses().that().resideInAPackage("org.smriti.core..")
                .should().dependOnClassesThat().resideInAPackage("com.google.gson.."));
    }

    @Test
    void coreDoesNoFileAccess() {
        check(noClasses().that().resideInAPackage("org.smriti.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.io..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.FileChannel"));
    }

    @Test
    void coreReadsNoWallClock() {
        check(noClasses().that().resideInAPackage("org.smriti.core..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis"));
    }

    @Test
    void coreDependsOnNothingOutsideCore() {
        check(noClasses().that().resideInAPackage("org.smriti.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.smriti.data..", "org.smriti.ui..", "org.smriti.app..", "org.smriti.cli.."));
    }

    @Test
    void dataDependsOnNoUi() {
        check(noClasses().that().resideInAPackage("org.smriti.data..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.smriti.ui..", "org.smriti.app..", "javafx.."));
    }

    @Test
    void uiDoesNotReachIntoTheCompositionRoot() {
        check(noClasses().that().resideInAPackage("org.smriti.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.smriti.app..", "org.smriti.cli.."));
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }
}
