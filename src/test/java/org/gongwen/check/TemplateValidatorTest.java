package org.gongwen.check;

import org.gongwen.model.BadInputException;
import org.gongwen.testing.HostileDocx;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateValidatorTest {
    private final TemplateValidator validator = new TemplateValidator();

    private static byte[] bundled(String id) throws Exception {
        return Files.readAllBytes(Path.of("templates", id + ".docx"));
    }

    /** The template with one part's XML edited, as a bureau's Word might leave it. */
    private static byte[] edited(String part, UnaryOperator<String> edit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bundled("report")));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String changed = edit.apply(xml);
                    assertThat(changed).as("the edit changes %s", part).isNotEqualTo(xml);
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<String> errorRules(List<Finding> f) {
        return f.stream().filter(Finding::isError).map(Finding::rule).toList();
    }

    @Test
    void bundledTemplatesPass() throws Exception {
        assertThat(validator.validate(bundled("report"))).isEmpty();
        assertThat(validator.validate(bundled("redhead"))).isEmpty();
    }

    @Test
    void missingRoleStyleIsRefused() throws Exception {
        byte[] t = edited("word/styles.xml", x -> x.replaceAll("<w:style [^>]*w:styleId=\"GwSignature\".*?</w:style>", ""));
        List<Finding> f = validator.validate(t);
        assertThat(errorRules(f)).contains("template-style-missing");
        assertThat(f).filteredOn(x -> x.rule().equals("template-style-missing")).first().extracting(Finding::message)
                .asString().contains("“发文机关署名”").contains("GwSignature");
    }

    @Test
    void faceOnlyInTheLatinSlotIsRefused() throws Exception {
        byte[] t = edited("word/styles.xml", x -> x.replace(
                "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"黑体\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>",
                "<w:rFonts w:ascii=\"黑体\" w:hAnsi=\"黑体\"/>"));
        List<Finding> f = validator.validate(t);
        assertThat(errorRules(f)).contains("template-east-asian-font");
        assertThat(f).filteredOn(x -> x.rule().equals("template-east-asian-font")).first().extracting(Finding::message)
                .asString().contains("“黑体”只设在西文字体中").contains("仿宋_GB2312").contains("中文字体");
    }

    @Test
    void missingPlaceholderIsRefused() throws Exception {
        byte[] t = edited("word/document.xml", x -> x.replace("{{body}}", "正文"));
        assertThat(validator.validate(t)).filteredOn(x -> x.rule().equals("template-placeholder-missing"))
                .extracting(Finding::message).containsExactly("模板缺少占位符 {{body}}，gongwen 无处填入相应内容；请参照 report.docx 补上");
    }

    @Test
    void gridThatDoesNotFillTheTypeAreaIsAWarning() throws Exception {
        byte[] t = edited("word/document.xml", x -> x.replace("w:linePitch=\"579\"", "w:linePitch=\"600\""));
        List<Finding> f = validator.validate(t);
        assertThat(errorRules(f)).doesNotContain("template-grid");
        assertThat(f).extracting(Finding::rule).contains("template-grid");
        assertThat(f).filteredOn(x -> x.rule().equals("template-grid")).first().extracting(Finding::message)
                .asString().contains("行距30磅").contains("每页行数");
    }

    @Test
    void departuresFromTheStandardAreWarnings() throws Exception {
        byte[] t = edited("word/styles.xml", x -> x.replaceFirst("(w:styleId=\"Normal\".*?<w:sz w:val=\")32(\")", "$130$2"));
        List<Finding> f = validator.validate(t);
        assertThat(f).filteredOn(x -> x.rule().equals("template-gbt9704")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("正文用仿宋_GB2312三号").contains("小三"));
        assertThat(f).filteredOn(x -> x.rule().equals("template-gbt9704")).allSatisfy(x -> assertThat(x.isError()).isFalse());
    }

    @Test
    void notADocxIsBadInput() {
        assertThatThrownBy(() -> validator.validate(new byte[]{1, 2, 3})).isInstanceOf(BadInputException.class);
    }

    @Test
    void aGridWithoutLinesIsAnErrorNotAFailure() throws Exception {
        byte[] t = edited("word/document.xml", x -> x.replace("w:linePitch=\"579\"", "w:linePitch=\"0\""));
        List<Finding> f = validator.validate(t);
        assertThat(errorRules(f)).containsExactly("template-invalid");
        assertThat(f.get(0).message()).contains("w:linePitch").contains("0.0 磅");
    }

    @Test
    void activeContentIsAnErrorEachNamed() {
        List<Finding> f = validator.validate(HostileDocx.hostileTemplate());
        List<String> named = f.stream().filter(x -> x.rule().equals("template-active-content"))
                .peek(x -> assertThat(x.isError()).isTrue()).map(Finding::message).toList();
        assertThat(named).hasSize(7);
        assertThat(String.join("\n", named))
                .contains("外部链接（word/settings.xml 的 attachedTemplate 关系 → http://attacker.example/normal.dotm）")
                .contains("外部链接（word/document.xml 的 image 关系 → \\\\server\\share\\x.png）")
                .contains("外部链接（word/document.xml 的 oleObject 关系 → file:///etc/passwd）")
                .contains("宏（word/vbaProject.bin）")
                .contains("ActiveX 控件（word/activeX/activeX1.xml）")
                .contains("OLE 对象（word/embeddings/oleObject1.bin）")
                .contains("嵌入的文件（word/embeddings/Microsoft_Excel_Worksheet.xlsx）");
    }

    @Test
    void aMacroEnabledTemplateIsNamed() throws Exception {
        byte[] t = edited("[Content_Types].xml", x -> x.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml"));
        assertThat(validator.validate(t)).filteredOn(x -> x.rule().equals("template-active-content"))
                .extracting(Finding::message).containsExactly(
                        "模板含有宏（word/document.xml），用它排版的每份公文都会带上；请在 Word 中删除后另存为不含宏的 .docx");
    }
}
