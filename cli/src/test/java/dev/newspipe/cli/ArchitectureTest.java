package dev.newspipe.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pure core, thin edges: the logic that reads newspapers knows nothing of Kafka, Elasticsearch or Avro. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.newspipe");
    }

    /**
     * The core module ({@code dev.newspipe.core}) cannot see Kafka, Elasticsearch or Avro: its pom has no such
     * dependency, so that is a fact of the build. What the build cannot see is the alert rules, which live with the
     * enricher but are matched on the core's article model.
     */
    @Test
    void shouldKeepAlertMatchingFreeOfInfrastructure() {
        noClasses().that().resideInAnyPackage("dev.newspipe.enrich.alerts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "co.elastic..", "org.elasticsearch..",
                        "dev.newspipe.avro..", "dev.newspipe.serde..", "dev.newspipe.registry..")
                .because("rules are plain Java over the core's article, unit-testable without a broker or a node")
                .check(classes);
    }

    @Test
    void shouldKeepTheCoreFreeOfEveryAdapter() {
        noClasses().that().resideInAPackage("dev.newspipe.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.newspipe.core..", "java..", "javax..", "org.slf4j..",
                        "com.fasterxml.jackson..", "com.github.houbb..")
                .because("the core is plain Java with one article model; adapters map to and from it")
                .check(classes);
    }

    @Test
    void shouldKeepTheServicesApartFromEachOther() {
        noClasses().that().resideInAPackage("dev.newspipe.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newspipe.enrich..", "dev.newspipe.index..", "dev.newspipe.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.newspipe.enrich..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newspipe.ingest..", "dev.newspipe.index..", "dev.newspipe.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.newspipe.index..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newspipe.ingest..", "dev.newspipe.enrich..", "dev.newspipe.cli..")
                .check(classes);
    }
}
