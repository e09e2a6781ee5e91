package org.gongwen.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.PdfTagging;
import org.gongwen.testing.SharedSamples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18: a PDF without structure tags for a portal system that cannot take tagged ones, asked for
 * with the API's {@code tagged=false} or the review page's box 不加标记的 PDF, reaches
 * {@link Gongwen#render(org.gongwen.model.OfficialDocument, String, Format, PdfTagging)}; the default stays tagged.
 */
@SpringBootTest(classes = GongwenApplication.class)
@AutoConfigureMockMvc
class PdfTaggingWebTest {
    static final String PROBLEM = ApiControllerTest.PROBLEM;
    static final String TEXT = "关于开展安全检查的通知\n\n各科室：\n\n请做好安全检查工作。\n\n某某局\n\n2025年3月1日";

    @Autowired
    MockMvc mvc;
    @MockitoSpyBean
    Gongwen gongwen;

    @BeforeEach
    void forget() {
        clearInvocations(gongwen);
    }

    @Test
    void theApisTaggedFalseAsksForAnUntaggedPdf() throws Exception {
        mvc.perform(multipart("/api/v1/render").param("text", TEXT).param("format", "pdf").param("tagged", "false"))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        verify(gongwen).render(any(), eq("report"), eq(Format.PDF), eq(PdfTagging.UNTAGGED));

        clearInvocations(gongwen);
        mvc.perform(post("/api/v1/render").param("tagged", "false").contentType(MediaType.APPLICATION_JSON)
                        .content(gongwen.toJson(gongwen.readText(TEXT))))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        verify(gongwen).render(any(), eq("report"), eq(Format.PDF), eq(PdfTagging.UNTAGGED));

        // the zip's PDF too; its DOCX and HTML do not care
        clearInvocations(gongwen);
        mvc.perform(multipart("/api/v1/render").param("text", TEXT).param("format", "zip").param("tagged", "false"))
                .andExpect(status().isOk());
        verify(gongwen).render(any(), eq("report"), eq(Format.PDF), eq(PdfTagging.UNTAGGED));
    }

    @Test
    void theApisDefaultAndTaggedTrueAreTagged() throws Exception {
        for (String tagged : new String[]{null, "true", " TRUE "}) {
            clearInvocations(gongwen);
            var request = multipart("/api/v1/render").param("text", TEXT).param("format", "pdf");
            if (tagged != null) request.param("tagged", tagged);
            mvc.perform(request).andExpect(status().isOk());
            verify(gongwen).render(any(), eq("report"), eq(Format.PDF), eq(PdfTagging.TAGGED));
            verify(gongwen, never()).render(any(), anyString(), any(Format.class), eq(PdfTagging.UNTAGGED));
        }
    }

    @Test
    void aTaggedValueOtherThanTrueOrFalseIsABadRequest() throws Exception {
        for (String format : new String[]{"pdf", "html"}) {
            mvc.perform(multipart("/api/v1/render").param("text", TEXT).param("format", format).param("tagged", "no"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(PROBLEM + "bad-tagged"))
                    .andExpect(jsonPath("$.detail").value(containsString("true")));
        }
        mvc.perform(post("/api/v1/render").param("tagged", "0").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "bad-tagged"));
        verify(gongwen, never()).render(any(), anyString(), any(Format.class), any(PdfTagging.class));
    }

    /**
     * The review page's box: unticked at first; ticked, it stays so through a preview and a second
     * 识别 (the paste form carries it), and the PDF downloaded is asked for untagged.
     */
    @Test
    void theReviewPagesBoxAsksForAnUntaggedPdfAndIsKept() throws Exception {
        Document page = html(mvc.perform(multipart("/understand").param("text", TEXT).param("template", "report"))
                .andExpect(status().isOk()).andReturn().getResponse());
        assertThat(page.select("#review-form input#untagged[type=checkbox][name=untagged]")).hasSize(1);
        assertThat(page.select("#untagged[checked]")).isEmpty();
        assertThat(page.select("label[for=untagged]").text()).isEqualTo("不加标记的 PDF（门户系统不接受带结构标记的 PDF 时选用）");

        BrowserForm form = BrowserForm.of(page, "#review-form");
        assertThat(form.get("untagged")).isNull();
        mvc.perform(form.post("/download", "format", "pdf")).andExpect(status().isOk());
        // (the template chooser's specimens may render beside it, the first time)
        verify(gongwen, atLeastOnce()).render(any(), eq("report"), eq(Format.PDF), eq(PdfTagging.TAGGED));
        verify(gongwen, never()).render(any(), anyString(), any(Format.class), eq(PdfTagging.UNTAGGED));

        clearInvocations(gongwen);
        Document previewed = html(mvc.perform(form.set("untagged", "1").post("/preview", null, null))
                .andExpect(status().isOk()).andReturn().getResponse());
        assertThat(previewed.select("#pages img.page")).isNotEmpty();
        assertThat(previewed.select("#untagged[checked]")).hasSize(1);
        // 重新识别 keeps it too
        assertThat(previewed.select("#input form input[type=hidden][name=untagged]").val()).isEqualTo("1");
        Document again = html(mvc.perform(multipart("/understand").param("text", TEXT).param("template", "report").param("untagged", "1"))
                .andExpect(status().isOk()).andReturn().getResponse());
        assertThat(again.select("#untagged[checked]")).hasSize(1);

        MockHttpServletResponse pdf = mvc.perform(BrowserForm.of(previewed, "#review-form").post("/download", "format", "pdf"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        verify(gongwen).render(any(), eq("report"), eq(Format.PDF), eq(PdfTagging.UNTAGGED));
    }

    /**
     * What the files themselves say: the default PDF carries a structure tree, the untagged one none.
     * Needs the painter's tagging (PdfPainter.paint(layout, trace, tagged) writing the structure), which
     * lands separately: until then the default PDF has no structure tree either and this test fails.
     */
    @Test
    void theUntaggedPdfHasNoStructureTreeAndTheDefaultOneHas() throws Exception {
        byte[] tagged = mvc.perform(multipart("/api/v1/render").param("text", TEXT).param("format", "pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] untagged = mvc.perform(multipart("/api/v1/render").param("text", TEXT).param("format", "pdf").param("tagged", "false"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument withTags = Loader.loadPDF(tagged); PDDocument withoutTags = Loader.loadPDF(untagged)) {
            assertThat(withoutTags.getDocumentCatalog().getStructureTreeRoot()).as("the untagged PDF's /StructTreeRoot").isNull();
            assertThat(withTags.getDocumentCatalog().getStructureTreeRoot()).as("the default PDF's /StructTreeRoot").isNotNull();
        }
    }

    private static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
