package org.gongwen.style;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed templates are exactly what the generator makes. Run with
 * {@code -Dgongwen.regenerateTemplates=true} to rewrite templates/*.docx after changing the generator.
 */
class TemplateGeneratorTest {

    @Test
    void committedTemplatesMatchTheGenerator() throws Exception {
        Path dir = Path.of("templates");
        if (Boolean.getBoolean("gongwen.regenerateTemplates")) TemplateGenerator.main(new String[]{dir.toString()});
        assertThat(Files.readAllBytes(dir.resolve("report.docx"))).isEqualTo(TemplateGenerator.report());
        assertThat(Files.readAllBytes(dir.resolve("redhead.docx"))).isEqualTo(TemplateGenerator.redhead());
    }

    @Test
    void generationIsDeterministic() {
        assertThat(TemplateGenerator.report()).isEqualTo(TemplateGenerator.report());
        assertThat(TemplateGenerator.redhead()).isNotEqualTo(TemplateGenerator.report());
    }
}
