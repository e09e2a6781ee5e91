package org.gongwen.hardening;

import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.Overrides;
import org.gongwen.model.OfficialDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal page with script payloads in title, issuer, body and Markdown links, opened in headless
 * Chromium from a file — without the service's CSP, so escaping alone must keep every script dead.
 * Needs chromium and chromedriver (tag {@code browser}).
 */
@Tag("browser")
class PortalXssBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("chromium and chromedriver in /usr/bin: install them (.ci/run does) or leave these tests out with "
                        + "-DexcludedGroups=browser").isTrue();
        profile = Files.createTempDirectory("gongwen-xss-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void noScriptRunsInThePortalPage(@TempDir Path dir) throws Exception {
        Gongwen gongwen = Gongwen.builder().build();
        String md = "# 关于<script>window.pwned='title'</script>的通知\n\n各科室：\n\n"
                + "<img src=x onerror=\"window.pwned='img'\">请做好检查。<svg onload=\"window.pwned='svg'\"></svg>\n\n"
                + "<script>window.pwned='block'</script>\n\n"
                + "[点击](javascript:window.pwned='link') <a href=\"javascript:window.pwned='a'\">链接</a>\n\n"
                + "| 项目 | 说明 |\n|---|---|\n| <b onmouseover=\"window.pwned='cell'\">甲</b> | <iframe src=\"javascript:parent.pwned='frame'\"></iframe> |\n";
        OfficialDocument doc = gongwen.withOverrides(gongwen.read("xss.md", md.getBytes(StandardCharsets.UTF_8)),
                new Overrides(null, List.of("某某局<img src=x onerror=\"window.pwned='issuer'\">"), null,
                        "某发〔2025〕1号<script>window.pwned='number'</script>", "各单位<svg onload=\"window.pwned='recipients'\">"));
        Path html = Files.write(dir.resolve("portal.html"), gongwen.render(doc, "report", Format.HTML).bytes());
        browser.get(html.toUri().toString());
        // click every link and hover every element: a handler or javascript: URL would run now
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("document.querySelectorAll('*').forEach(e => e.dispatchEvent(new MouseEvent('mouseover')));"
                + "document.querySelectorAll('a').forEach(a => a.click());");
        Thread.sleep(500); // let an image's onerror fire if one could
        assertThat(js.executeScript("return window.pwned === undefined ? 'safe' : window.pwned;")).isEqualTo("safe");
        assertThat(browser.findElements(By.cssSelector("script, iframe, svg, img[onerror]"))).isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("请做好检查").contains("<script>window.pwned='number'</script>");
    }
}
