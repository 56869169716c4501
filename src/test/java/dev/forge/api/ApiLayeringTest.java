package dev.forge.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The builder API sits beside the model: it imports only the model and util, never bind, resolve or above. */
class ApiLayeringTest {

    @Test
    void apiPackage_dependsOnlyOnModelAndUtil() {
        JavaClasses api = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.forge.api");

        classes().that().resideInAPackage("dev.forge.api..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.forge.api..", "dev.forge.model..", "dev.forge.util..", "java..")
                .check(api);
    }
}
