package org.gongwen.web;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check page and the 404 page in headless Chromium at 1280 px and at phone width (390 px):
 * screenshots to target/screenshots, and no page wider than the phone's screen.
 */
@SpringBootTest(classes = GongwenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
class CheckPageBrowserTest {
    static Path work;
    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(Files.isExecutable(ClerkUiBrowserTest.CHROMIUM) && Files.isExecutable(ClerkUiBrowserTest.CHROMEDRIVER))
                .as("chromium and chromedriver in /usr/bin, or leave these tests out with -DexcludedGroups=browser").isTrue();
        work = Files.createTempDirectory("gongwen-check-browser");
        Files.createDirectories(ClerkUiBrowserTest.SHOTS);
        Path conf = work.resolve("fonts.conf");
        Files.writeString(conf, """
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  <dir>%s</dir>
                  <cachedir>%s</cachedir>
                </fontconfig>
                """.formatted(Path.of("fonts").toAbsolutePath(), work.resolve("fontcache")));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ClerkUiBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + work.resolve("profile"), "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ClerkUiBrowserTest.CHROMEDRIVER.toFile())
                .withEnvironment(Map.of("FONTCONFIG_FILE", conf.toString())).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) browser.quit();
        FileSystemUtils.deleteRecursively(work);
    }

    @Test
    void groupedFindingsThenTheDraftSetAnew() throws IOException {
        Path draft = work.resolve("草稿.docx");
        Files.write(draft, songtiDraft());
        for (int width : new int[]{1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            browser.get("http://localhost:" + port + "/check");
            browser.findElement(By.id("file")).sendKeys(draft.toAbsolutePath().toString());
            browser.findElement(By.id("check")).click();
            WebElement findings = await(By.id("findings"));
            WebElement body = findings.findElement(By.cssSelector("li.group[data-rule=body-font]"));
            assertThat(body.findElement(By.className("where")).getText()).isEqualTo("第3、4、5段 等 8 处");
            // the places open without JavaScript
            body.findElement(By.tagName("summary")).click();
            assertThat(body.findElements(By.cssSelector(".places li"))).hasSize(8);
            assertFitsTheWindow();
            shoot("check-grouped-" + width);

            browser.findElement(By.id("file")).sendKeys(draft.toAbsolutePath().toString());
            browser.findElement(By.id("check-reset")).click();
            WebElement reset = await(By.id("reset"));
            assertThat(reset.findElement(By.className("compare")).getText()).contains("重新排版后：错误 0 处");
            assertThat(reset.findElement(By.id("download-reset")).isDisplayed()).isTrue();
            assertFitsTheWindow();
            shoot("check-reset-" + width);

            browser.get("http://localhost:" + port + "/nosuchpage");
            assertThat(await(By.id("error-page")).getText()).contains("找不到这个页面").contains("格式检查");
            assertFitsTheWindow();
            shoot("error-404-" + width);
        }
    }

    /** Nothing wider than the window: a clerk on a phone never scrolls sideways. */
    private static void assertFitsTheWindow() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long page = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long window = (Long) js.executeScript("return document.documentElement.clientWidth;");
        assertThat(page).isLessThanOrEqualTo(window);
    }

    private static WebElement await(By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(element).stream().findFirst().orElse(null));
    }

    /** The whole page: the window is stretched to the page's height first. */
    private static void shoot(String name) throws IOException {
        Dimension size = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(size.width, (int) Math.min(Math.max(height + 140, 600), 6000)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), ClerkUiBrowserTest.SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(size);
    }

    /** A bold title, 主送 and eight body paragraphs in 宋体小四, as CheckPageTest checks it. */
    private static byte[] songtiDraft() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "关于开展安全检查的通知", "方正小标宋简体", 22).setBold(true);
            paragraph(doc, "各科室：", "仿宋_GB2312", 16);
            for (int i = 1; i <= 8; i++) paragraph(doc, "第" + i + "项工作按计划推进，各科室要加强协调配合，确保按时完成。", "宋体", 12);
            paragraph(doc, "某某局", "仿宋_GB2312", 16);
            paragraph(doc, "2025年01月20日", "仿宋_GB2312", 16);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFRun paragraph(XWPFDocument doc, String text, String face, int size) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(text);
        run.setFontFamily(face, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        return run;
    }
}
