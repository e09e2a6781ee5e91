package org.gongwen.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        work = Files.createTempDirectory("gongwen-check-browser");
        browser = Chromium.start(work, null);
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
        return Chromium.await(browser, element);
    }

    private static void shoot(String name) throws IOException {
        Chromium.shoot(browser, name);
    }

    /** A bold title, 主送 and eight body paragraphs in 宋体小四, signed and dated, as CheckPageTest checks it. */
    private static byte[] songtiDraft() throws IOException {
        List<String> body = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) body.add("第" + i + "项工作按计划推进，各科室要加强协调配合，确保按时完成。");
        return WordDrafts.inSongti(body, "某某局", "2025年01月20日");
    }
}
