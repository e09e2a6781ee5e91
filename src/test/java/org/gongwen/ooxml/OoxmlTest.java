package org.gongwen.ooxml;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OoxmlTest {

    private static Element xml(String inner) {
        return Ooxml.parse(("<w:p xmlns:w=\"" + Ooxml.W + "\">" + inner + "</w:p>").getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    /** Was: the template reader took any field code containing PAGE (NUMPAGES, PAGEREF) for the page number. */
    @Test
    void thePageFieldIsPageAloneInEitherForm() {
        assertThat(Ooxml.hasPageField(xml("<w:fldSimple w:instr=\" PAGE \\* MERGEFORMAT \"/>"))).isTrue();
        assertThat(Ooxml.hasPageField(xml("<w:r><w:instrText>page</w:instrText></w:r>"))).isTrue();
        assertThat(Ooxml.hasPageField(xml("<w:r><w:instrText> NUMPAGES </w:instrText></w:r>"))).isFalse();
        assertThat(Ooxml.hasPageField(xml("<w:fldSimple w:instr=\"PAGEREF _Toc1\"/>"))).isFalse();
    }

    @Test
    void numbersAndSwitchesAreReadLeniently() {
        Element p = xml("<w:pPr><w:keepNext w:val=\"Off\"/><w:ind w:left=\"1.5e2\" w:right=\"x\"/></w:pPr>");
        Element pPr = Ooxml.child(p, "pPr");
        assertThat(Ooxml.onOff(pPr, "keepNext")).isFalse();
        assertThat(Ooxml.onOff(pPr, "pageBreakBefore")).isNull();
        assertThat(Ooxml.number(Ooxml.child(pPr, "ind"), "left")).isEqualTo(150);
        assertThat(Ooxml.number(Ooxml.child(pPr, "ind"), "right")).isNull();
        assertThat(Ooxml.children(pPr)).hasSize(2);
    }

    @Test
    void aDtdIsRefused() {
        assertThatThrownBy(() -> Ooxml.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
    }
}
