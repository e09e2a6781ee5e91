package org.gongwen.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review form carries the document three ways and a form encodes a Chinese character in 9 bytes,
 * so a document that was within the upload limit comes back larger than it: the review's addresses
 * take up to max-review-form (through Tomcat and BodyLimitFilter, over real HTTP), every other body
 * still max-upload.
 */
@SpringBootTest(classes = GongwenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gongwen.limits.max-upload=64KB", "gongwen.limits.max-review-form=256KB"})
class ReviewFormLimitTest {
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aReviewFormLargerThanAnUploadComesBackButNotBeyondItsOwnLimit() throws Exception {
        // 12,000 characters: some 36 KB of UTF-8 JSON, three times that form-encoded
        String json = "{\"title\":\"关于开展检查的通知\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"" + "检".repeat(12_000) + "\"}]}";
        String form = "template=report&model=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
        assertThat(form.length()).isBetween(64 * 1024, 256 * 1024);
        HttpResponse<String> review = post("/review", "application/x-www-form-urlencoded", form);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("关于开展检查的通知");

        String tooLarge = form + "&source=" + URLEncoder.encode("查".repeat(30_000), StandardCharsets.UTF_8);
        HttpResponse<String> refused = post("/review", "application/x-www-form-urlencoded", tooLarge);
        assertThat(refused.statusCode()).isEqualTo(413);

        // the API's JSON body keeps the upload limit
        assertThat(post("/api/v1/render", "application/json", json.repeat(2)).statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
