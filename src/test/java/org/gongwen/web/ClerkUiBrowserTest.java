package org.gongwen.web;

import org.gongwen.testing.FinishedDocuments;
import org.gongwen.testing.SharedSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerk UI driven in headless Chromium, as a clerk uses it: paste a sample, correct the title,
 * download the PDF and read it; make a house template from a bureau's document on the templates page.
 * Screenshots of each page at 1280 px and at phone width go to
 * target/screenshots. Needs chromium and chromedriver (tag {@code browser}).
 */
@SpringBootTest(classes = GongwenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongwen.admin-token=" + ClerkUiBrowserTest.TOKEN)
@Tag("browser")
class ClerkUiBrowserTest {
    static final String TOKEN = "browser-s3cret";

    static Path templates;
    static Path downloads;
    static Path profile;
    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        downloads = Files.createTempDirectory("gongwen-downloads");
        profile = Files.createTempDirectory("gongwen-chromium");
        browser = Chromium.start(profile, downloads);
    }

    @DynamicPropertySource
    static void templatesFolder(DynamicPropertyRegistry registry) throws IOException {
        templates = Files.createTempDirectory("gongwen-browser-templates");
        registry.add("gongwen.templates.dir", templates::toString);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) browser.quit();
        FileSystemUtils.deleteRecursively(templates);
    }

    @Test
    void pasteCorrectTheTitleAndDownloadThePdf() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).contains("gongwen");
        shoot("1-start-1280");

        // paste: the text is set as a clerk's paste would set it (typing 3,000 characters is slow)
        WebElement text = browser.findElement(By.id("text"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text, SharedSamples.text(SharedSamples.ZHONGSHAN));
        browser.findElement(By.id("understand")).click();

        WebElement title = await(By.id("title"));
        assertThat(title.getDomProperty("value")).isEqualTo("钟山区卫生健康局2024年度法治政府建设工作情况报告");
        assertThat(browser.findElement(By.id("date")).getDomProperty("value")).isEqualTo("2025-01-20");
        List<WebElement> headings = browser.findElements(By.cssSelector("li.row.kind-h1 textarea"));
        assertThat(headings).extracting(h -> h.getDomProperty("value")).contains("一、主要举措及成效", "二、存在的问题");
        shoot("2-understood-1280");

        title.clear();
        title.sendKeys("钟山区卫生健康局2024年度法治工作报告");
        browser.findElement(By.id("preview")).click();
        await(By.id("pages"));
        List<WebElement> pages = browser.findElements(By.cssSelector("#pages img.page"));
        assertThat(pages).isNotEmpty();
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("钟山区卫生健康局2024年度法治工作报告");
        shoot("3-preview-1280");

        browser.findElement(By.id("download-pdf")).click();
        Path pdf = awaitDownload("钟山区卫生健康局2024年度法治工作报告.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String firstPage = new PDFTextStripper() {{ setEndPage(1); }}.getText(doc).replaceAll("\\s", "");
            assertThat(firstPage).contains("钟山区卫生健康局2024年度法治工作报告").contains("一、主要举措及成效");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("钟山区卫生健康局2024年度法治工作报告");
        }

        browser.manage().window().setSize(new Dimension(390, 844));
        shoot("4-preview-phone");
        browser.get("http://localhost:" + port + "/");
        shoot("5-start-phone");
    }

    /**
     * Issue 16's clerk, at desk and phone widths: the 印发 notice pasted, the attached 办法's chapter heading
     * corrected, a 抄送 line and the 印发机关 added, the title broken by hand, the red-header template chosen;
     * the preview shows every page; the PDF has it all. The review and the preview come into view by
     * themselves, and nothing typed is lost on the way.
     */
    @Test
    void aNoticeFromPasteToPdfWithTheClerksCorrections() throws Exception {
        for (int width : new int[]{1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
            browser.get("http://localhost:" + port + "/");
            WebElement paste = browser.findElement(By.id("text"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", paste, SharedSamples.text(SharedSamples.FENGXIAN));
            browser.findElement(By.id("understand")).click();
            WebElement review = await(By.id("review"));
            assertThat(inView(review)).as("the review is brought into view at %d px", width).isTrue();
            shoot("16-review-" + width);

            WebElement chapter = browser.findElements(By.cssSelector("li.row.kind-chapter textarea")).get(1);
            chapter.clear();
            chapter.sendKeys("第二章 规划与建设管理");
            WebElement title = browser.findElement(By.id("title"));
            title.clear();
            title.sendKeys("上海市奉贤区人民政府关于印发\n《奉贤区海绵城市规划建设管理办法》的通知");
            browser.findElement(By.id("cc")).sendKeys("区委办公室，区人大常委会办公室");
            browser.findElement(By.id("printer")).sendKeys("上海市奉贤区人民政府办公室");
            click(browser.findElement(By.id("template-redhead")));
            // the page is not reloaded for the preview: a mark set on it survives; and while the server
            // typesets, the page says so (recorded as it happens: the render may be quicker than a poll)
            ((JavascriptExecutor) browser).executeScript("""
                    window.gongwenMark = 'kept'; window.busySeen = '';
                    new MutationObserver(function () {
                      var b = document.getElementById('busy');
                      if (b && !b.hidden) window.busySeen = b.textContent;
                    }).observe(document.body, {attributes: true, subtree: true, childList: true});""");
            click(browser.findElement(By.id("preview")));
            WebElement pages = await(By.id("pages"));
            assertThat(((JavascriptExecutor) browser).executeScript("return window.gongwenMark;")).isEqualTo("kept");
            assertThat(((JavascriptExecutor) browser).executeScript("return window.busySeen;")).asString().contains("正在排版");
            assertThat(browser.findElement(By.id("busy")).isDisplayed()).isFalse();
            assertThat(inView(pages)).as("the preview is brought into view at %d px", width).isTrue();
            List<WebElement> images = pages.findElements(By.cssSelector("img.page"));
            assertThat(pages.findElement(By.cssSelector(".hint")).getText()).contains("共 " + images.size() + " 页");
            assertThat(images.size()).isGreaterThan(6);
            shoot("17-preview-" + width);
            // every page shows once scrolled to
            WebElement last = images.getLast();
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", last);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", last));
            // what was typed is all still there
            assertThat(browser.findElement(By.id("title")).getDomProperty("value"))
                    .isEqualTo("上海市奉贤区人民政府关于印发\n《奉贤区海绵城市规划建设管理办法》的通知");
            assertThat(browser.findElement(By.id("text")).getDomProperty("value")).startsWith("上海市奉贤区人民政府关于印发");

            String name = "上海市奉贤区人民政府关于印发《奉贤区海绵城市规划建设管理办法》的通知.pdf";
            Files.deleteIfExists(downloads.resolve(name));
            click(browser.findElement(By.id("download-pdf")));
            Path pdf = awaitDownload(name);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("上海市奉贤区人民政府关于印发\n《奉贤区海绵城市规划建设管理办法》的通知");
                assertThat(text).contains("第二章　规划与建设管理");
                assertThat(text).contains("抄送：区委办公室，区人大常委会办公室。");
                assertThat(text).contains("上海市奉贤区人民政府办公室");
            }
        }
    }

    /**
     * Rows moved and deleted on the page itself; a field the template does not print said beside it; an
     * upload that cannot be read leaves the paste where it was. At desk and phone widths.
     */
    @Test
    void rowsMoveInPlaceAndAFailedUploadKeepsThePaste() throws IOException {
        for (int width : new int[]{1280, 390}) rowsAndFields(width);
    }

    private void rowsAndFields(int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
        browser.get("http://localhost:" + port + "/");
        String text = "关于开展安全检查的通知\n\n各科室：\n\n第一段。\n\n第二段。\n\n某某局\n\n2025年3月1日";
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("text")), text);
        browser.findElement(By.id("understand")).click();
        await(By.id("review"));
        ((JavascriptExecutor) browser).executeScript("window.gongwenMark = 'kept';");
        click(browser.findElements(By.cssSelector("li.row .row-ops button[value^='up:']")).get(1));
        assertThat(browser.findElements(By.cssSelector("li.row textarea"))).extracting(t -> t.getDomProperty("value"))
                .containsExactly("第二段。", "第一段。");
        assertThat(browser.findElements(By.cssSelector("li.row .row-no"))).extracting(WebElement::getText).containsExactly("1", "2");
        // a screen reader names the moved rows by their new numbers too
        assertThat(browser.findElements(By.cssSelector("li.row textarea"))).extracting(t -> t.getDomAttribute("aria-label"))
                .containsExactly("第1块（正文段落）的文字", "第2块（正文段落）的文字");
        assertThat(browser.findElements(By.cssSelector("li.row .row-ops button[value^='merge:']")))
                .extracting(b -> b.getDomAttribute("aria-label")).containsExactly("第1块合并下一块", "第2块合并下一块");
        // and by the kind chosen for them
        Select kind = new Select(browser.findElements(By.cssSelector("li.row select[name=k]")).get(0));
        kind.selectByVisibleText("一级标题 一、");
        assertThat(browser.findElements(By.cssSelector("li.row textarea")).get(0).getDomAttribute("aria-label"))
                .isEqualTo("第1块（一级标题 一、）的文字");
        kind.selectByVisibleText("正文段落");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.gongwenMark;")).isEqualTo("kept");
        click(browser.findElements(By.cssSelector("li.row .row-ops button[value^='delete:']")).get(0));
        assertThat(browser.findElements(By.cssSelector("li.row textarea"))).extracting(t -> t.getDomProperty("value"))
                .containsExactly("第一段。");
        browser.findElement(By.id("docNumber")).sendKeys("某发〔2025〕1号");
        click(browser.findElement(By.id("apply")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("label:has(#docNumber) + .notes")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("label:has(#docNumber) + .notes")).getText()).contains("不印发文字号");
        shoot("19-field-note-" + width);
        // a correction the server cannot use (a template that has gone meanwhile): said on the review,
        // in place, with what was typed still there
        ((JavascriptExecutor) browser).executeScript("var r = document.getElementById('template-report'); r.value = 'gone'; r.checked = true;");
        click(browser.findElement(By.id("apply")));
        WebElement error = await(By.id("error"));
        assertThat(error.getText()).contains("gone");
        assertThat(browser.findElement(By.id("docNumber")).getDomProperty("value")).isEqualTo("某发〔2025〕1号");
        click(browser.findElement(By.id("template-report")));
        click(browser.findElement(By.id("preview")));
        await(By.id("pages"));
        assertThat(browser.findElements(By.cssSelector("li.row textarea"))).extracting(t -> t.getDomProperty("value"))
                .containsExactly("第一段。");
        assertThat(browser.findElement(By.id("docNumber")).getDomProperty("value")).isEqualTo("某发〔2025〕1号");

        Path pdf = downloads.resolve("不是草稿.pdf");
        Files.write(pdf, "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        browser.get("http://localhost:" + port + "/");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("text")), text);
        browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("understand")).click();
        assertThat(await(By.cssSelector(".alert")).getText()).contains("只用一种");
        assertThat(browser.findElement(By.id("text")).getDomProperty("value")).isEqualTo(text);
        shoot("18-paste-kept-" + width);
    }

    @Test
    void templatesPageAndErrorsAreShown() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("http://localhost:" + port + "/templates");
        // the cards' names as the page holds them (getText answers only what is painted in the window)
        assertThat(browser.findElements(By.cssSelector(".template h3"))).extracting(h -> h.getDomProperty("textContent"))
                .contains("redhead", "report");
        shoot("6-templates-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        shoot("7-templates-phone");

        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.id("understand")).click();
        assertThat(await(By.cssSelector(".alert")).getText()).contains("请粘贴公文文本");
        shoot("8-error-1280");
    }

    /**
     * Issue 17, as a new bureau would: the operator adds the bureau and issues its token (API); the bureau
     * adopts its own red-header document on the templates page and publishes it; a render names that
     * version; a second document changes the template, the adoption page shows what changes; the history
     * shows the two versions side by side; 回退 brings the first back, and renders use it again.
     */
    @Test
    void aBureauDocumentBecomesItsTemplateChangesAndRollsBack() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String api = "http://localhost:" + port + "/api/v1";
        assertThat(send(http, api + "/bureaus", "{\"id\":\"zijin-wsj\",\"name\":\"紫金县卫生健康局\"}", TOKEN).statusCode())
                .isEqualTo(201);
        var issued = send(http, api + "/bureaus/zijin-wsj/tokens", "{\"label\":\"办公室\"}", TOKEN);
        assertThat(issued.statusCode()).isEqualTo(201);
        String bureauToken = issued.body().replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(bureauToken).startsWith("gw_");

        String first = adoptAndPublish(FinishedDocuments.redheadInSongti(), bureauToken, "13-adopt-report");
        assertThat(TracedRenders.pdfVersion(http, "http://localhost:" + port, "zijin-wsj/redhead")).isEqualTo(first);

        String second = adoptAndPublish(FinishedDocuments.redhead(), bureauToken, null);
        assertThat(second).isNotEqualTo(first);
        assertThat(TracedRenders.pdfVersion(http, "http://localhost:" + port, "zijin-wsj/redhead")).isEqualTo(second);

        // the history: what changed, the two versions side by side, then 回退
        browser.get("http://localhost:" + port + "/templates");
        WebElement card = browser.findElement(By.xpath("//article[h3[text()='zijin-wsj/redhead']]"));
        card.findElement(By.tagName("summary")).click();
        card.findElement(By.cssSelector("input[name=token]")).sendKeys(bureauToken);
        card.findElement(By.cssSelector("form[action='/templates/history'] button")).click();
        WebElement compare = await(By.id("compare"));
        assertThat(compare.findElements(By.cssSelector("table.changes tbody tr"))).isNotEmpty();
        assertThat(compare.findElement(By.cssSelector("table.changes")).getText()).contains("正文").contains("字体");
        assertThat(compare.findElements(By.cssSelector(".side-by-side img.page"))).hasSize(2);
        assertThat(browser.findElement(By.id("versions")).getText()).contains(first.substring(0, 12)).contains("当前发布");
        assertThat(browser.getPageSource()).doesNotContain(bureauToken);
        shoot("21-history-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        shoot("21-history-390");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        assertThat(browser.findElement(By.id("rollback")).getText()).isEqualTo("回退到版本 " + first.substring(0, 12));
        browser.findElement(By.id("rollback")).click();
        assertThat(await(By.cssSelector(".success")).getText()).contains("已回退").contains(first.substring(0, 12));
        assertThat(TracedRenders.pdfVersion(http, "http://localhost:" + port, "zijin-wsj/redhead")).isEqualTo(first);
        // the first version has none before it: the button gives way to a line that says so
        assertThat(browser.findElements(By.id("rollback"))).isEmpty();
        shoot("22-rolled-back-1280");
    }

    /** Adopts a document as zijin-wsj/redhead on the templates page and publishes it; its version. */
    private String adoptAndPublish(byte[] document, String token, String shots) throws IOException {
        Path letter = downloads.resolve("本单位红头文件.docx");
        Files.write(letter, document);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("http://localhost:" + port + "/templates");
        browser.findElement(By.id("adopt-file")).sendKeys(letter.toAbsolutePath().toString());
        browser.findElement(By.id("adopt-id")).sendKeys("zijin-wsj/redhead");
        browser.findElement(By.id("adopt-token")).sendKeys(token);
        browser.findElement(By.id("adopt-submit")).click();

        WebElement adoption = await(By.id("adoption"));
        assertThat(adoption.findElements(By.cssSelector("table.roles tbody tr"))).hasSizeGreaterThan(5);
        assertThat(adoption.findElements(By.cssSelector(".pages img.page"))).hasSize(2);
        assertThat(adoption.getText()).contains("尚未发布");
        String version = adoption.findElement(By.cssSelector("input[name=version]")).getDomProperty("value");
        if (shots != null) {
            assertThat(adoption.findElement(By.cssSelector("table.departures")).getText()).contains("宋体小三");
            shoot(shots + "-1280");
            browser.manage().window().setSize(new Dimension(390, 844));
            shoot(shots + "-phone");
            browser.manage().window().setSize(new Dimension(1280, 1000));
        } else {
            // a change to a published template says what it changes before it is published
            assertThat(adoption.findElements(By.cssSelector("table.changes tbody tr"))).isNotEmpty();
            shoot("20-adopt-change-1280");
        }
        browser.findElement(By.id("store")).click();
        assertThat(await(By.cssSelector(".success")).getText()).contains("zijin-wsj/redhead").contains("已发布");
        return version;
    }

    private static java.net.http.HttpResponse<String> send(java.net.http.HttpClient http, String url, String json, String token)
            throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void checkerPageListsFindingsOfADraft() throws IOException {
        Path draft = downloads.resolve("word-default.docx");
        Files.write(draft, WordDrafts.wordDefault());
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("http://localhost:" + port + "/check");
        browser.findElement(By.id("file")).sendKeys(draft.toAbsolutePath().toString());
        browser.findElement(By.id("check")).click();
        await(By.id("findings"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#findings li.group"));
        assertThat(rows).isNotEmpty();
        assertThat(browser.findElement(By.id("findings")).getText()).contains("错误");
        shoot("9-check-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        shoot("10-check-phone");
    }

    @Test
    void portalArticleAsABrowserShowsIt() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String boundary = "gongwen-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + SharedSamples.text(SharedSamples.ZHONGSHAN)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nhtml\r\n--" + boundary + "--\r\n";
        var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/render"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        Path html = downloads.resolve("portal.html");
        Files.write(html, response.body());
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(html.toUri().toString());
        assertThat(browser.findElement(By.cssSelector("article.gongwen h1")).getText()).isEqualTo("钟山区卫生健康局2024年度法治政府建设工作情况报告");
        String family = browser.findElement(By.cssSelector("article.gongwen p.body")).getCssValue("font-family");
        assertThat(family).contains("仿宋");
        shoot("11-portal-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        shoot("12-portal-phone");
    }

    @Test
    void scriptInPastedTextStaysText() {
        browser.get("http://localhost:" + port + "/");
        WebElement text = browser.findElement(By.id("text"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", text,
                "关于<img src=x onerror=\"document.title='pwned'\">的通知\n\n各科室：\n\n<script>document.title='pwned'</script>请做好工作。");
        browser.findElement(By.id("understand")).click();
        await(By.id("title"));
        assertThat(browser.getTitle()).doesNotContain("pwned");
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).contains("<img");
    }

    /** Whether the element's top is within the window (the page scrolled to it, or it is at the top). */
    private static boolean inView(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= -2 && r.top < window.innerHeight;", element);
    }

    /** A click as a finger or a mouse makes it, on an element scrolled into view first (a phone's page is long). */
    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static WebElement await(By element) {
        return Chromium.await(browser, element);
    }

    private Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(60)).withMessage(() -> name + " not among " + listDownloads())
                .until(d -> Files.isRegularFile(file) && !partialDownloads());
        return file;
    }

    private static List<String> listDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    private static boolean partialDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    private static void shoot(String name) throws IOException {
        Chromium.shoot(browser, name);
    }
}
