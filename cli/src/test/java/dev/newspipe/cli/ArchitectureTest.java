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

    @Test
    void shouldKeepTheCoreFreeOfInfrastructure() {
        noClasses().that().resideInAnyPackage("dev.newspipe.ingest.split..", "dev.newspipe.ingest.read..", "dev.newspipe.enrich.classify..",
                        "dev.newspipe.enrich.figures..", "dev.newspipe.enrich.entities..", "dev.newspipe.enrich.session..",
                        "dev.newspipe.enrich.alerts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "co.elastic..", "org.elasticsearch..",
                        "dev.newspipe.avro..", "dev.newspipe.serde..", "dev.newspipe.registry..")
                .because("splitting, classification and extraction are plain Java, unit-testable without a broker or a node")
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
