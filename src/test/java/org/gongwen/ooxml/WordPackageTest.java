package org.gongwen.ooxml;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongwen.ooxml.Word.style;

class WordPackageTest {

    @Test
    void partsAreFoundByTheirRelationshipsNotByTheirUsualNames() {
        Word w = Word.body("<w:p/>");
        w.related("styles", "/custom/house%20styles.xml", "custom/house styles.xml", "<w:styles " + Word.W + ">"
                + style("paragraph", "Body", "body", null, "<w:rPr><w:sz w:val=\"32\"/></w:rPr>") + "</w:styles>");
        w.loose("word/styles.xml", "<w:styles " + Word.W + ">" + style("paragraph", "Body", "body", null, "") + "</w:styles>");
        String footer = w.related("footer", "../word/./footer1.xml", "word/footer1.xml", "<w:ftr " + Word.W + "><w:p/></w:ftr>");
        WordPackage word = w.read();
        assertThat(word.documentPart()).isEqualTo("word/document.xml");
        assertThat(word.partName(WordPackage.STYLES)).isEqualTo("custom/house styles.xml");
        assertThat(word.styles().run("Body", null).sizePt()).isEqualTo(16);
        assertThat(word.partNames(WordPackage.FOOTER)).containsExactly(java.util.Map.entry(footer, "word/footer1.xml"));
        assertThat(word.related(footer).getDocumentElement().getLocalName()).isEqualTo("ftr");
        assertThat(word.part(WordPackage.NUMBERING)).isNull();
        assertThat(word.settings()).isNull();
    }

    @Test
    void aPackageWhoseMainPartIsNoWordDocumentHasNone() {
        WordPackage sheet = Word.body("<w:p/>").mainContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml").read();
        assertThat(sheet.documentPart()).isNull();
        assertThat(sheet.document()).isNull();
        assertThat(sheet.sections()).isEmpty();
        assertThat(Word.body("<w:p/>").mainContentType("application/vnd.ms-word.document.macroEnabled.main+xml").read().documentPart())
                .isEqualTo("word/document.xml");
    }

    @Test
    void aPartThatIsNotWellFormedIsNamed() {
        Word w = Word.body("<w:p/>");
        w.related("settings", "settings.xml", "<w:settings " + Word.W + "><w:evenAndOddHeaders>");
        WordPackage word = w.read();
        assertThatThrownBy(word::settings).isInstanceOfSatisfying(WordPackage.UnreadablePart.class,
                e -> assertThat(e.part()).isEqualTo("word/settings.xml"));
    }
}
