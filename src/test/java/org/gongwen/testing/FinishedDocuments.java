package org.gongwen.testing;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongwen.Format;
import org.gongwen.Gongwen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Word files as a bureau has them, for adopting one as a house template: a finished official document
 * (content, no placeholders: it breaks the template contract, so it gets adopted) and one with a
 * title but no body to learn from.
 */
public final class FinishedDocuments {
    private FinishedDocuments() {}

    /** The shanghai letter as a finished 红头 document: the sample rendered with the bundled redhead template. */
    public static byte[] redhead() {
        return Holder.REDHEAD.clone();
    }

    /** A Word document whose only paragraph is a centred title. */
    public static byte[] titleOnly() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.createRun().setText("关于做好2025年度法治政府建设工作的通知");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final byte[] REDHEAD = render();

        private static byte[] render() {
            Gongwen gongwen = Gongwen.builder().templates(null).build();
            return gongwen.render(gongwen.read(SharedSamples.SHANGHAI, SharedSamples.bytes(SharedSamples.SHANGHAI)),
                    "redhead", Format.DOCX).bytes();
        }
    }
}
