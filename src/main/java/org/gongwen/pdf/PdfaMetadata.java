package org.gongwen.pdf;

import org.gongwen.layout.Layout.DocumentInfo;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Calendar;

/**
 * What makes the file PDF/A-2b: XMP metadata that mirrors the document information dictionary and
 * identifies the part and conformance, and an sRGB output intent for the RGB colours (black text,
 * red header).
 */
final class PdfaMetadata {
    static final String PRODUCER = "gongwen";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfaMetadata() {}

    static byte[] xmp(DocumentInfo info, Calendar date) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX");
        f.setTimeZone(date.getTimeZone());
        String when = f.format(date.getTime());
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
         .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
         .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
         .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
         .append("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>\n")
         .append("</rdf:Description>\n")
         .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
         .append("<dc:format>application/pdf</dc:format>\n");
        if (!info.title().isBlank()) x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(esc(info.title())).append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!info.author().isBlank()) x.append("<dc:creator><rdf:Seq><rdf:li>")
                .append(esc(info.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!info.subject().isBlank()) x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(esc(info.subject())).append("</rdf:li></rdf:Alt></dc:description>\n");
        x.append("</rdf:Description>\n")
         .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
         .append("<pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n");
        if (!info.keywords().isBlank()) x.append("<pdf:Keywords>").append(esc(info.keywords())).append("</pdf:Keywords>\n");
        x.append("</rdf:Description>\n")
         .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
         .append("<xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n")
         .append("<xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
         .append("<xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
         .append("</rdf:Description>\n")
         .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An sRGB output intent in the catalog (PDF/A requires one when device colours are used). */
    static void addOutputIntent(PdfWriter writer) {
        try {
            PdfStream icc = new PdfStream(SRGB);
            icc.put(PdfName.N, new PdfNumber(3));
            icc.flateCompress();
            PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
            intent.put(PdfName.S, PdfName.GTS_PDFA1);
            intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
            intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(icc).getIndirectReference());
            PdfArray intents = new PdfArray();
            intents.add(intent);
            writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, intents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
