package org.gongwen.web;

import org.gongwen.testing.SharedSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The HTTP API with its real flow: inputs, outputs, and every error as problem+json. */
@SpringBootTest(classes = GongwenApplication.class)
@AutoConfigureMockMvc
class ApiControllerTest {
    static final String PROBLEM = "urn:gongwen:problem:";

    @Autowired
    MockMvc mvc;

    @Test
    void rendersPastedTextAsPortalHtmlNamedAfterTheTitle() throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "html"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/html;charset=UTF-8"))
                .andReturn();
        String disposition = result.getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"gongwen.html\"; filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("钟山区卫生健康局2024年度法治政府建设工作情况报告.html");
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>钟山区卫生健康局2024年度法治政府建设工作情况报告</h1>")
                .contains("<h2 class=\"level1\">一、主要举措及成效</h2>")
                .contains("2025年1月20日")
                .doesNotContain("切换到电脑版");
    }

    @Test
    void fragmentIsTheArticleForACmsToEmbed() throws Exception {
        String fragment = mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "fragment"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/html;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).strip();
        assertThat(fragment).startsWith("<article class=\"gongwen\">").endsWith("</article>").doesNotContain("<body")
                .contains("一、主要举措及成效");
    }

    @Test
    void overridesReplaceWhatWasDetected() throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN))
                        .param("format", "html").param("title", "关于2024年度法治建设的报告")
                        .param("issuer", "钟山区卫生健康局\n钟山区司法局").param("date", "2025年2月3日")
                        .param("recipients", "区人民政府"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''" + encode("关于2024年度法治建设的报告.html"));
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>关于2024年度法治建设的报告</h1>").contains("<p>钟山区司法局</p>")
                .contains("<p>2025年2月3日</p>").contains("区人民政府：");
    }

    @Test
    void uploadedFileIsReadByItsExtension() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "草稿.md", "text/markdown",
                "# 关于开展安全检查的通知\n\n各科室：\n\n## 一、检查范围\n\n全局办公场所。\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/render").file(file).param("format", "html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于开展安全检查的通知")));
    }

    @Test
    void parseAnswersTheModelWithWarnings() throws Exception {
        mvc.perform(multipart("/api/v1/parse").param("text", SharedSamples.text(SharedSamples.ZIJIN)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.title").value(containsString("法治政府建设")))
                .andExpect(jsonPath("$.blocks[0].type").exists())
                .andExpect(jsonPath("$.warnings[?(@.code == 'numbering-gap')]").exists());
    }

    @Test
    void parsedJsonRendersAgainAsJsonBody() throws Exception {
        String json = mvc.perform(multipart("/api/v1/parse").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("title", "改过的标题"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/parse").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("改过的标题"));
        mvc.perform(post("/api/v1/render").param("format", "html").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(encode("改过的标题.html"))))
                .andExpect(content().string(containsString("<h1>改过的标题</h1>")));
    }

    @Test
    void rendersThePdfTypesetByGongwen() throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains(encode("钟山区卫生健康局2024年度法治政府建设工作情况报告.pdf"));
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("钟山区卫生健康局2024年度法治政府建设工作情况报告");
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains("一、主要举措及成效");
        }
    }

    @Test
    void rendersTheOfficialDocxAndAZipOfAllThree() throws Exception {
        MvcResult docx = mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "docx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("一、主要举措及成效");
        }
        MvcResult zip = mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "zip"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andExpect(header().string("Content-Disposition", containsString(encode("钟山区卫生健康局2024年度法治政府建设工作情况报告.zip"))))
                .andReturn();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getResponse().getContentAsByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) names.add(e.getName());
        }
        String base = "钟山区卫生健康局2024年度法治政府建设工作情况报告";
        assertThat(names).containsExactly(base + ".docx", base + ".pdf", base + ".html");
    }

    @Test
    void templatesAreListedAndDownloadable() throws Exception {
        mvc.perform(get("/api/v1/templates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'report')].valid").value(true))
                .andExpect(jsonPath("$[?(@.id == 'redhead')].redHeader").value(true));
        MvcResult docx = mvc.perform(get("/api/v1/templates/report"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString("report.docx")))
                .andReturn();
        byte[] bytes = docx.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        mvc.perform(get("/api/v1/templates/nosuch"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEM + "unknown-template"));
    }

    @Test
    void checkerListsWhatAWordDefaultDraftDoesWrong() throws Exception {
        MockMultipartFile draft = new MockMultipartFile("file", "草稿.docx", "application/octet-stream", WordDrafts.wordDefault());
        mvc.perform(multipart("/api/v1/check").file(draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.template").value("report"))
                .andExpect(jsonPath("$.errors").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.findings[0].rule").exists())
                .andExpect(jsonPath("$.findings[0].message").exists());
        byte[] pdf = mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/api/v1/check").file(new MockMultipartFile("file", "gongwen.pdf", "application/pdf", pdf)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.template").value("report"))
                .andExpect(jsonPath("$.findings").isArray());
        MockMultipartFile text = new MockMultipartFile("file", "草稿.txt", "text/plain", "正文".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/check").file(text))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value(PROBLEM + "unsupported-format"));
        mvc.perform(multipart("/api/v1/check"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "bad-parameter"));
    }

    @Test
    void noContentIsAProblemSayingWhatToSend() throws Exception {
        mvc.perform(multipart("/api/v1/render").param("text", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEM + "no-content"))
                .andExpect(jsonPath("$.detail").value(containsString("请粘贴公文文本")))
                .andExpect(jsonPath("$.requestId").exists());
    }

    @Test
    void aFileSentInTheTextFieldIsABadRequestNotAServerError() throws Exception {
        MockMultipartFile asFile = new MockMultipartFile("text", "报告.txt", "text/plain", SharedSamples.text(SharedSamples.ZHONGSHAN).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/render").file(asFile))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "bad-parameter"))
                .andExpect(jsonPath("$.detail").value(containsString("file 字段")));
    }

    @Test
    void unknownFormatIsABadRequest() throws Exception {
        mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "odt"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "bad-format"))
                .andExpect(jsonPath("$.detail").value(containsString("docx、pdf、html、fragment、zip")));
    }

    @Test
    void unreadableOverrideDateIs422() throws Exception {
        mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("date", "2017919"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEM + "bad-date"))
                .andExpect(jsonPath("$.detail").value(containsString("2025-01-20")));
    }

    @Test
    void unsupportedUploadTypeIs415() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "scan.pdf", "application/pdf", "%PDF-1.7".getBytes());
        mvc.perform(multipart("/api/v1/render").file(file))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString(".docx")));
    }

    @Test
    void brokenUploadIsBadInputNotAServerError() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "draft.docx", "application/octet-stream",
                "this is not a zip".getBytes());
        MvcResult r = mvc.perform(multipart("/api/v1/render").file(file)).andReturn();
        assertThat(r.getResponse().getStatus()).isBetween(400, 499);
        assertThat(r.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(r.getResponse().getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void malformedJsonBodyIsBadInput() throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/render").contentType(MediaType.APPLICATION_JSON).content("{\"title\": [")).andReturn();
        assertThat(r.getResponse().getStatus()).isBetween(400, 499);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(PROBLEM).doesNotContain("at org.");
    }

    @Test
    void templateIdsWithPathSeparatorsAreRefused() throws Exception {
        mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("template", "../etc/passwd"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-template-id"));
        mvc.perform(get("/api/v1/templates/{id}", "a\\b"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "invalid-template-id"));
        mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("template", "nosuch"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEM + "unknown-template"))
                .andExpect(jsonPath("$.detail").value(containsString("report")));
    }

    @Test
    void templateChangesAreOffWithoutAConfiguredToken() throws Exception {
        mvc.perform(put("/api/v1/templates/report").header("Authorization", "Bearer guess")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[]{1, 2, 3}))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEM + "template-changes-off"));
        mvc.perform(delete("/api/v1/templates/report"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEM + "template-changes-off"));
    }

    @Test
    void wrongMediaTypeAndMethodAreProblems() throws Exception {
        mvc.perform(post("/api/v1/render").contentType(MediaType.TEXT_PLAIN).content("正文"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value(PROBLEM + "unsupported-media-type"));
        mvc.perform(get("/api/v1/render"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndARequestId() throws Exception {
        mvc.perform(get("/").header("X-Request-Id", "abc-123"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", "abc-123"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/").header("X-Request-Id", "<script>"))
                .andExpect(header().string("X-Request-Id", not(containsString("<"))));
    }

    @Test
    void openApiHealthAndMetricsAreServed() throws Exception {
        mvc.perform(multipart("/api/v1/render").param("text", SharedSamples.text(SharedSamples.ZHONGSHAN)).param("format", "html"))
                .andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/render").param("text", "").param("format", "html"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/render']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/parse']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/templates/{name}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/templates/{bureau}/{name}/versions']").exists());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("gongwen_render_seconds_count{format=\"html\",outcome=\"ok\"")))
                .andExpect(content().string(containsString("gongwen_failures_total{type=\"no-content\"")));
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
