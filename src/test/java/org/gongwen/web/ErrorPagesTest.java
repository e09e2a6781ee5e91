package org.gongwen.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors outside the API as a page for a browser, over real HTTP (the servlet error path is the
 * container's): problem+json for the API and for clients that do not ask for HTML, as before.
 */
@SpringBootTest(classes = GongwenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTest.Failing.class)
class ErrorPagesTest {
    /** What Chromium sends for a page. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A handler outside the clerk's pages and the API that fails, as a bug would. */
    @Controller
    static class Failing {
        @GetMapping("/failing")
        String fail() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void anUnknownAddressIsAPageForABrowser() throws Exception {
        HttpResponse<String> r = get("/nosuchpage", BROWSER);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(SecurityHeadersFilter.CSP);
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#error-page h1").text()).isEqualTo("找不到这个页面");
        assertThat(page.select("#error-page code").text()).isEqualTo("/nosuchpage");
        assertThat(page.select("#error-page a").eachAttr("href")).containsExactly("/", "/check");
        assertThat(page.select("header.top nav a")).isNotEmpty();
        assertThat(page.select(".request-id")).isEmpty();
    }

    @Test
    void theApiAndClientsThatDoNotAskForHtmlKeepProblemJson() throws Exception {
        for (String[] ask : new String[][]{{"/api/v1/no-such", BROWSER}, {"/nosuchpage", "application/json"},
                {"/nosuchpage", "*/*"}, {"/nosuchpage", "application/json, text/html;q=0.5"}}) {
            HttpResponse<String> r = get(ask[0], ask[1]);
            assertThat(r.statusCode()).as(ask[0] + " " + ask[1]).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(ask[0] + " " + ask[1]).contains("application/problem+json");
            assertThat(r.body()).contains("\"code\":\"not-found\"");
        }
    }

    @Test
    void aFormAddressOpenedInTheAddressBarSaysSoAndKeeps405() throws Exception {
        HttpResponse<String> r = get("/download", BROWSER);
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValueSatisfying(a -> assertThat(a).contains("POST"));
        assertThat(Jsoup.parse(r.body()).select("#error-page h1").text()).isEqualTo("这个地址不能直接打开");
        assertThat(get("/download", "application/json").headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void theServletErrorPathAnswersABrowserWithAPage() throws Exception {
        HttpResponse<String> r = get("/error", BROWSER);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(r.body()).select("#error-page h1").text()).isEqualTo("找不到这个页面");
        HttpResponse<String> json = get("/error", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aFailureNamesTheRequestIdForTheAdministrator() throws Exception {
        HttpResponse<String> r = get("/failing", BROWSER);
        assertThat(r.statusCode()).isEqualTo(500);
        String id = r.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#error-page h1").text()).isEqualTo("服务内部出错");
        assertThat(page.select(".request-id code").text()).isEqualTo(id);
        assertThat(r.body()).doesNotContain("a bug").doesNotContain("IllegalStateException");
        HttpResponse<String> json = get("/failing", "application/json");
        assertThat(json.statusCode()).isEqualTo(500);
        assertThat(json.body()).contains("\"code\":\"internal\"");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
