package org.gongwen.hardening;

import org.gongwen.web.GongwenApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing the admin token over HTTP: after the configured number of failures the client waits (429). */
@SpringBootTest(classes = GongwenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gongwen.admin-token=tok-Xu4t9Qe2", "gongwen.admin-token-failures=3"})
class TokenGuessingTest {
    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void failedTokensSlowTheClientDown() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) statuses.add(deleteTemplate("Bearer guess-" + i).statusCode());
        assertThat(statuses).containsExactly(401, 401, 401, 429);
        // blocked for the rest of the window, even with the right token
        HttpResponse<String> blocked = deleteTemplate("Bearer tok-Xu4t9Qe2");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
        assertThat(blocked.body()).contains("too-many-token-failures").containsPattern("\\p{IsHan}");
    }

    private HttpResponse<String> deleteTemplate(String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/templates/none"))
                .header("Authorization", authorization).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }
}
