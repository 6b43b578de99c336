package org.smriti;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers pointing one way — app/cli → ui → study → data → core — with core free of UI, JSON, files and the
 * wall clock, views that only bind to their view models, and feature screens that share only {@code ui.common}.
 */
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
    void dataDependsOnNoStudyService() {
        check(noClasses().that().resideInAPackage("org.smriti.data..")
                .should().dependOnClassesThat().resideInAPackage("org.smriti.study.."));
    }

    @Test
    void studyServicesUseNoUi() {
        check(noClasses().that().resideInAPackage("org.smriti.study..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.smriti.ui..", "org.smriti.app..", "org.smriti.cli..", "javafx.."));
    }

    @Test
    void viewsOnlyBindToTheirViewModels() {
        check(noClasses().that().resideInAPackage("org.smriti.ui..")
                .and(simpleNameEndingWith("Page").or(simpleNameEndingWith("View")))
                .should().dependOnClassesThat().resideInAnyPackage("org.smriti.data..", "org.smriti.study.."));
    }

    @Test
    void featureScreensDoNotReachIntoEachOther() {
        check(slices().matching("org.smriti.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(),
                        resideInAnyPackage("org.smriti.ui.common..", "org.smriti.ui.shell..", "org.smriti.ui.theme..")));
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
