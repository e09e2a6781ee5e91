package org.gongwen.web;

import org.gongwen.Gongwen;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.testing.FinishedDocuments;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: every page a clerk sees and the portal article, page and embedded fragment alike, have no
 * serious or critical accessibility violation as axe-core finds them in headless Chromium (language,
 * headings, landmarks, contrast, form labels, table headers...). Pages whose layout changes on a phone are
 * checked at 390 px too. Each page's violations, every impact, go to target/axe/NAME.txt (with
 * {@code -Dgongwen.axe.screenshots=true}, its screenshot to target/screenshots/axe-NAME-WIDTH.png). Needs chromium, chromedriver (tag {@code browser}) and axe-core
 * ({@code bin/axe-core}; skipped without it, except on CI).
 */
@SpringBootTest(classes = GongwenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongwen.admin-token=" + AccessibilityBrowserTest.TOKEN)
@Tag("browser")
class AccessibilityBrowserTest {
    static final String TOKEN = "axe-s3cret";
    static final boolean SHOTS = Boolean.getBoolean("gongwen.axe.screenshots");

    static Path work;
    static Path templates;
    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Gongwen gongwen;

    /** What axe found, serious or critical, on every page of one test: all listed when it fails. */
    private final List<String> blocking = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        Axe.source();
        work = Files.createTempDirectory("gongwen-axe");
        browser = Chromium.start(work, null);
    }

    @DynamicPropertySource
    static void templatesFolder(DynamicPropertyRegistry registry) throws IOException {
        templates = Files.createTempDirectory("gongwen-axe-templates");
        registry.add("gongwen.templates.dir", templates::toString);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) browser.quit();
        if (work != null) FileSystemUtils.deleteRecursively(work);
        FileSystemUtils.deleteRecursively(templates);
    }

    @BeforeEach
    void desk() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** The paste page, its error, the review of a pasted notice and of a Word draft (with its check), the preview. */
    @Test
    void composePages() throws IOException {
        open("/");
        axe("home", false);
        browser.findElement(By.id("understand")).click();
        await(By.cssSelector(".alert"));
        axe("home-error", false);

        open("/");
        Path draft = work.resolve("草稿.docx");
        Files.write(draft, WordDrafts.wordDefault());
        browser.findElement(By.id("file")).sendKeys(draft.toAbsolutePath().toString());
        browser.findElement(By.id("understand")).click();
        await(By.cssSelector("details.draft")).findElement(By.tagName("summary")).click();
        axe("review-draft", false);

        open("/");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("text")),
                SharedSamples.text(SharedSamples.FENGXIAN));
        browser.findElement(By.id("understand")).click();
        await(By.id("review"));
        browser.findElement(By.id("docNumber")).sendKeys("沪奉府发〔2025〕1号");
        click(browser.findElement(By.id("preview")));
        await(By.cssSelector("#pages img.page"));
        axe("review-preview", true);
        assertNoBlockingViolations();
    }

    /** The check page, its grouped findings beside the draft set anew, and the error pages. */
    @Test
    void checkAndErrorPages() throws IOException {
        open("/check");
        axe("check", false);
        Path draft = work.resolve("宋体草稿.docx");
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= 4; i++) body.add("第" + i + "项工作按计划推进，各科室要加强协调配合，确保按时完成。");
        Files.write(draft, WordDrafts.inSongti(body, "某某局", "2025年01月20日"));
        browser.findElement(By.id("file")).sendKeys(draft.toAbsolutePath().toString());
        browser.findElement(By.id("check-reset")).click();
        await(By.id("findings")).findElement(By.cssSelector("li.group details summary")).click();
        axe("check-results", true);

        open("/nosuchpage");
        await(By.id("error-page"));
        axe("error-404", false);
        open("/download");   // a form's address opened as a link: 405
        await(By.id("error-page"));
        axe("error-405", false);
        assertNoBlockingViolations();
    }

    /**
     * The templates page, a bureau's document adopted over its published template (what changes, before
     * publishing), the published page, and the template's 版本记录.
     */
    @Test
    void templatePages() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String api = "http://localhost:" + port + "/api/v1";
        assertThat(send(http, "POST", api + "/bureaus", "application/json",
                "{\"id\":\"axe-wsj\",\"name\":\"某某县卫生健康局\"}".getBytes(StandardCharsets.UTF_8), TOKEN).statusCode()).isEqualTo(201);
        assertThat(send(http, "PUT", api + "/templates/axe-wsj/redhead", "application/octet-stream", FinishedDocuments.redhead(), TOKEN)
                .statusCode()).isBetween(200, 201);

        open("/templates");
        axe("templates", false);

        Path letter = work.resolve("本单位红头文件.docx");
        Files.write(letter, FinishedDocuments.redheadInSongti());
        browser.findElement(By.id("adopt-file")).sendKeys(letter.toAbsolutePath().toString());
        browser.findElement(By.id("adopt-id")).sendKeys("axe-wsj/redhead");
        browser.findElement(By.id("adopt-token")).sendKeys(TOKEN);
        browser.findElement(By.id("adopt-submit")).click();
        await(By.cssSelector("#adoption table.changes"));
        axe("adoption", true);
        browser.findElement(By.id("store")).click();
        await(By.cssSelector(".success"));
        axe("templates-published", false);

        WebElement card = browser.findElement(By.xpath("//article[h3[text()='axe-wsj/redhead']]"));
        card.findElement(By.tagName("summary")).click();
        card.findElement(By.cssSelector("input[name=token]")).sendKeys(TOKEN);
        card.findElement(By.cssSelector("form[action='/templates/history'] button")).click();
        await(By.cssSelector("#compare table.changes"));
        axe("history", true);
        assertNoBlockingViolations();
    }

    /**
     * The portal article as gongwen writes it: the whole page (format html), and the fragment (format
     * fragment) embedded as a portal embeds it, in a page of its own language with a {@code <main>}. The
     * 奉贤 notice with its attached 办法, and a table with a header row in its body.
     */
    @Test
    void portalPageAndFragment() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        OfficialDocument notice = gongwen.readText(SharedSamples.text(SharedSamples.FENGXIAN));
        List<Block> blocks = new ArrayList<>(notice.blocks());
        blocks.add(1, new Block.Table(List.of(List.of("序号", "区域", "面积（公顷）"), List.of("1", "南桥新城", "1200"),
                List.of("2", "奉贤新城", "800"), List.of("3", "海湾镇", "350")), 1));
        String json = gongwen.toJson(notice.toBuilder().blocks(blocks).build());
        Path page = work.resolve("portal.html");
        Files.write(page, render(http, json, "html"));
        browser.get(page.toUri().toString());
        await(By.cssSelector("article.gongwen h1"));
        assertThat(browser.findElements(By.cssSelector("article.gongwen table th"))).hasSize(3);
        axe("portal-page", true);

        String fragment = new String(render(http, json, "fragment"), StandardCharsets.UTF_8);
        Path embedded = work.resolve("portal-embedded.html");
        Files.writeString(embedded, """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>某某区人民政府门户网站</title></head>
                <body>
                <header><p>某某区人民政府门户网站</p></header>
                <main>
                %s
                </main>
                </body>
                </html>
                """.formatted(fragment));
        browser.get(embedded.toUri().toString());
        await(By.cssSelector("article.gongwen h1"));
        axe("portal-fragment", false);
        assertNoBlockingViolations();
    }

    /** The harness itself: a page without a language, an image without text and a field without a label fail it. */
    @Test
    void axeFindsWhatAPageLacks() throws IOException {
        Path bad = work.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1>"
                + "<img src=\"x.png\"><input type=\"text\"></main></body></html>");
        browser.get(bad.toUri().toString());
        assertThat(Axe.blocking(browser, "self-test")).anyMatch(v -> v.contains(" html-has-lang "))
                .anyMatch(v -> v.contains(" image-alt ")).anyMatch(v -> v.contains(" label "));
    }

    /**
     * axe on the page as it is; at 390 px too when {@code phone}, where the page lays out its tables and
     * fields anew. Screenshots of what was checked only with {@code -Dgongwen.axe.screenshots=true} (the
     * other browser tests take the pages' pictures; these would add seconds to every run).
     */
    private void axe(String name, boolean phone) throws IOException {
        blocking.addAll(Axe.blocking(browser, name));
        if (SHOTS) Chromium.shoot(browser, "axe-" + name + "-1280");
        if (phone) {
            Dimension desk = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension(390, 844));
            blocking.addAll(Axe.blocking(browser, name + "-390"));
            if (SHOTS) Chromium.shoot(browser, "axe-" + name + "-390");
            browser.manage().window().setSize(desk);
        }
    }

    private void assertNoBlockingViolations() {
        assertThat(blocking).as("serious or critical accessibility violations (all of each page's: target/axe/)").isEmpty();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** The document (its JSON) rendered by the API in {@code format}. */
    private byte[] render(HttpClient http, String json, String format) throws Exception {
        HttpResponse<byte[]> response = send(http, "POST", "http://localhost:" + port + "/api/v1/render?format=" + format,
                "application/json", json.getBytes(StandardCharsets.UTF_8), null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<byte[]> send(HttpClient http, String method, String url, String type, byte[] body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static WebElement await(By element) {
        return Chromium.await(browser, element);
    }
}
