package org.gongwen;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * docs/architecture.md's package order, held: the flow runs model → (store, ooxml) → ingest, style →
 * compose → docx, layout → pdf, html, check → the API (org.gongwen.Gongwen) → web, cli; a package uses only packages before
 * it, nothing forms a cycle, and each library stays in the packages that are its home.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongwen");

    @Test
    void packagesFollowTheFlow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("model").definedBy("org.gongwen.model..")
                .layer("store").definedBy("org.gongwen.store..")
                .layer("ooxml").definedBy("org.gongwen.ooxml..")
                .layer("ingest").definedBy("org.gongwen.ingest..")
                .layer("style").definedBy("org.gongwen.style..")
                .layer("compose").definedBy("org.gongwen.compose..")
                .layer("docx").definedBy("org.gongwen.docx..")
                .layer("layout").definedBy("org.gongwen.layout..")
                .layer("pdf").definedBy("org.gongwen.pdf..")
                .layer("html").definedBy("org.gongwen.html..")
                .layer("check").definedBy("org.gongwen.check..")
                .layer("adopt").definedBy("org.gongwen.adopt..")
                .layer("api").definedBy("org.gongwen")
                .layer("web").definedBy("org.gongwen.web..")
                .layer("cli").definedBy("org.gongwen.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("api").mayOnlyBeAccessedByLayers("web", "cli")
                .whereLayer("adopt").mayOnlyBeAccessedByLayers("api", "web", "cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("adopt", "api", "web", "cli")
                .whereLayer("html").mayOnlyBeAccessedByLayers("api")
                .whereLayer("pdf").mayOnlyBeAccessedByLayers("api")
                .whereLayer("docx").mayOnlyBeAccessedByLayers("api")
                .whereLayer("layout").mayOnlyBeAccessedByLayers("pdf", "api")
                .whereLayer("compose").mayOnlyBeAccessedByLayers("docx", "layout", "html", "check", "adopt", "api")
                .whereLayer("style").mayOnlyBeAccessedByLayers("compose", "docx", "layout", "pdf", "html", "check", "adopt", "api", "web", "cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("api", "web", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("style", "docx", "pdf", "api", "web", "cli")
                .whereLayer("ooxml").mayOnlyBeAccessedByLayers("ingest", "style", "docx", "check", "adopt", "api")
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.gongwen.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void springOnlyAtTheEdge() {
        noClasses().that().resideOutsideOfPackages("org.gongwen.web..", "org.gongwen.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("everything but web/ and cli/ is a plain library (issue 13)").check(MAIN);
    }

    @Test
    void databaseOnlyInTheStore() {
        noClasses().that().resideOutsideOfPackages("org.gongwen.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.flywaydb..", "org.postgresql..")
                .because("SQL, the schema and the driver are the template store's; the rest sees TemplateStore (issue 17)").check(MAIN);
        noClasses().that().resideOutsideOfPackages("org.gongwen.store..", "org.gongwen.web..", "org.gongwen.cli..")
                .should().dependOnClassesThat().resideInAPackage("javax.sql..")
                .because("the store is given a DataSource, which only the edge makes (issue 17)").check(MAIN);
        noClasses().that().resideOutsideOfPackages("org.gongwen.web..", "org.gongwen.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.zaxxer..")
                .because("the connection pool is the edge's choice; the store takes any DataSource (issue 17)").check(MAIN);
    }

    @Test
    void openPdfOnlyInPdf() {
        noClasses().that().resideOutsideOfPackages("org.gongwen.pdf..", "org.openpdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openpdf..", "com.lowagie..")
                .because("font metrics and layout are gongwen's own types; OpenPDF only writes the file").check(MAIN);
    }
}
