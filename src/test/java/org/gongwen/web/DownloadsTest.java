package org.gongwen.web;

import org.gongwen.model.OfficialDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownloadsTest {

    /** A title typed on two lines (the author's break, §7.3.1) names the file on one line. */
    @Test
    void aTitleWithALineBreakNamesTheFileOnOneLine() {
        OfficialDocument doc = OfficialDocument.builder().title("第一行\r\n第二行").build();
        assertThat(Downloads.baseName(doc)).isEqualTo("第一行第二行");
        assertThat(Downloads.contentDisposition(Downloads.baseName(doc) + ".pdf", "pdf")).doesNotContain("\n", "%0A", "%0D");
    }
}
