package org.gongwen.testing;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongwen.Format;
import org.gongwen.Gongwen;
import org.gongwen.model.OfficialDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/**
 * Word files as a bureau has them, for adopting one as a house template: a finished official document
 * (content, no placeholders: it breaks the template contract, so it gets adopted), one that departs
 * from GB/T 9704, and one with a title but no body to learn from.
 */
public final class FinishedDocuments {
    private FinishedDocuments() {}

    /** The shanghai letter as a finished 红头 document: the sample, with a 发文字号, rendered with the bundled redhead template. */
    public static byte[] redhead() {
        return Holder.REDHEAD.clone();
    }

    /**
     * The same letter from a bureau that sets its body in 宋体 小三 (GB/T 9704: 仿宋 三号): adopted, the
     * house keeps it and the report names the departure.
     */
    public static byte[] redheadInSongti() {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(redhead()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTStyle body = doc.getStyles().getStyle("GwBody").getCTStyle();
            CTRPr run = body.isSetRPr() ? body.getRPr() : body.addNewRPr();
            run.addNewSz().setVal(BigInteger.valueOf(30));
            run.addNewRFonts().setEastAsia("宋体");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document (A4, Word's margins) whose only paragraph is a centred title. */
    public static byte[] titleOnly() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.createRun().setText("关于做好2025年度法治政府建设工作的通知");
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(11906));
            section.getPgSz().setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1440));
            margins.setBottom(BigInteger.valueOf(1440));
            margins.setLeft(BigInteger.valueOf(1800));
            margins.setRight(BigInteger.valueOf(1800));
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
            // as issued: a 红头 file carries its 发文字号
            OfficialDocument letter = gongwen.read(SharedSamples.SHANGHAI, SharedSamples.bytes(SharedSamples.SHANGHAI))
                    .toBuilder().docNumber("沪环土〔2025〕12号").build();
            return gongwen.render(letter, "redhead", Format.DOCX).bytes();
        }
    }
}
