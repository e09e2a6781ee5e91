package org.gongwen.pdf;

import org.gongwen.layout.Layout.DocumentInfo;
import org.gongwen.style.TemplateTrace;
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
 * What makes the file PDF/A-2b, or PDF/A-2a and PDF/UA-1 when it is tagged: XMP metadata that mirrors
 * the document information dictionary and identifies the part and conformance (and the PDF/UA part),
 * and an sRGB output intent for the RGB colours (black text, red header). The XMP also names the house
 * template the file was made with ({@link TemplateTrace}).
 */
final class PdfaMetadata {
    static final String PRODUCER = "gongwen";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfaMetadata() {}

    /** The namespace of the template trace's XMP properties, prefix {@code gongwen}. */
    private static final String TRACE_NS = "https://gongwen.org/ns/template/1.0/";
    /** The PDF/UA identification schema's namespace (ISO 14289-1 §5), prefix {@code pdfuaid}. */
    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

    static byte[] xmp(DocumentInfo info, Calendar date, TemplateTrace trace, boolean tagged) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX");
        f.setTimeZone(date.getTimeZone());
        String when = f.format(date.getTime());
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
         .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
         .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
         .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
         .append("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>").append(tagged ? "A" : "B").append("</pdfaid:conformance>\n")
         .append("</rdf:Description>\n");
        if (tagged) x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"").append(PDFUA_NS).append("\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("</rdf:Description>\n");
        x
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
         .append("</rdf:Description>\n");
        if (tagged || trace != null) extensionSchemas(x, tagged, trace);
        if (trace != null) trace(x, trace);
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The extension schemas that describe the properties outside the XMP standard schemas:
     * pdfuaid:part and gongwen:template/templateVersion. PDF/A admits such a property only when the
     * file's own XMP describes its schema and each property (ISO 19005-2 §6.6.2.3).
     */
    private static void extensionSchemas(StringBuilder x, boolean tagged, TemplateTrace trace) {
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
         .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
         .append("<pdfaExtension:schemas><rdf:Bag>");
        if (tagged) {
            schema(x, "PDF/UA identification schema", PDFUA_NS, "pdfuaid");
            property(x, "part", "Integer", "internal", "Indicates, which part of ISO 14289 standard is followed");
            x.append("</rdf:Seq></pdfaSchema:property>\n</rdf:li>");
        }
        if (trace != null) {
            schema(x, "gongwen template trace", TRACE_NS, "gongwen");
            property(x, "template", "Text", "external", "The id of the house template the document was rendered with");
            property(x, "templateVersion", "Text", "external", "The version of that template: the hex SHA-256 of its .docx file");
            x.append("</rdf:Seq></pdfaSchema:property>\n</rdf:li>");
        }
        x.append("</rdf:Bag></pdfaExtension:schemas>\n")
         .append("</rdf:Description>\n");
    }

    private static void schema(StringBuilder x, String name, String namespace, String prefix) {
        x.append("<rdf:li rdf:parseType=\"Resource\">\n")
         .append("<pdfaSchema:schema>").append(name).append("</pdfaSchema:schema>\n")
         .append("<pdfaSchema:namespaceURI>").append(namespace).append("</pdfaSchema:namespaceURI>\n")
         .append("<pdfaSchema:prefix>").append(prefix).append("</pdfaSchema:prefix>\n")
         .append("<pdfaSchema:property><rdf:Seq>\n");
    }

    /** gongwen:template and gongwen:templateVersion. */
    private static void trace(StringBuilder x, TemplateTrace trace) {
        x.append("<rdf:Description rdf:about=\"\" xmlns:gongwen=\"").append(TRACE_NS).append("\">\n")
         .append("<gongwen:template>").append(esc(trace.id())).append("</gongwen:template>\n")
         .append("<gongwen:templateVersion>").append(esc(trace.version())).append("</gongwen:templateVersion>\n")
         .append("</rdf:Description>\n");
    }

    private static void property(StringBuilder x, String name, String type, String category, String description) {
        x.append("<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").append(name).append("</pdfaProperty:name>")
         .append("<pdfaProperty:valueType>").append(type).append("</pdfaProperty:valueType><pdfaProperty:category>")
         .append(category).append("</pdfaProperty:category>")
         .append("<pdfaProperty:description>").append(description).append("</pdfaProperty:description></rdf:li>\n");
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
