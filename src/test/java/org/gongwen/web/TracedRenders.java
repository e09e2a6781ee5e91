package org.gongwen.web;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gongwen.testing.SharedSamples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A PDF render over HTTP, and the template version it names: in its XMP, and the same in its response header. */
final class TracedRenders {
    private static final Pattern VERSION = Pattern.compile("<gongwen:templateVersion>([0-9a-f]{64})</gongwen:templateVersion>");

    private TracedRenders() {}

    /** The version a PDF render of the zhongshan sample with {@code template} names; null when the service has no such template (404). */
    static String pdfVersion(HttpClient http, String service, String template) throws Exception {
        String boundary = "gongwen-trace";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
                + SharedSamples.text(SharedSamples.ZHONGSHAN) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"template\"\r\n\r\n" + template + "\r\n--" + boundary + "--\r\n";
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(service + "/api/v1/render"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() == 404) return null;
        assertThat(r.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            Matcher m = VERSION.matcher(xmp);
            assertThat(m.find()).as("the PDF's XMP names the template version").isTrue();
            assertThat(xmp).contains("<gongwen:template>" + template + "</gongwen:template>");
            assertThat(r.headers().firstValue("X-Gongwen-Template-Version")).hasValue(m.group(1));
            return m.group(1);
        }
    }
}
