package org.gongwen.adopt;

import org.gongwen.ooxml.DocxPackage;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Bureaus' own official documents as clerks' Word and WPS save them, written part by part as raw
 * OOXML: the documents a bureau adopts as its house template (issue 14). Each method returns the
 * same bytes every time (fixed part order, fixed dates, {@link DocxPackage#zip}).
 *
 * <p>Units as in the files: twips (1/20 pt) for page set-up, indents and spacing; half-points for
 * {@code w:sz}; eighths of a point for borders; EMU (12700 per pt, 36000 per mm) for drawings.
 * Unless a fixture says otherwise the page is GB/T 9704's: A4, margins top 37 mm (2098), right
 * 26 mm (1474), bottom 35 mm (1984), left 28 mm (1587), so the type area is 156 mm (8845 twips,
 * 442.25 pt) wide.
 */
public final class BureauDocuments {

    private BureauDocuments() {}

    // ---- numbers ----

    /** Type-area width: 11906 − 1587 − 1474 twips = 442.25 pt = 156 mm. */
    static final int TYPE_W = 11906 - 1587 - 1474;
    /** GB/T 9704's line: 1/22 of the type-area height, 28.95 pt. */
    static final int LINE = 579;
    /**
     * (a)'s character grid as Word's page set-up dialog writes it for 28 characters a line when
     * Normal is 五号 (10.5 pt): the pitch is 10.5 pt + charSpace/4096 pt, the largest that still fits
     * 28 into 442.25 pt: 21686 (pitch 15.7944 pt).
     */
    static final int CHAR_SPACE_NORMAL_10_5 = (int) Math.floor((TYPE_W / 20.0 / 28 - 10.5) * 4096);
    /** The same grid when Normal is 三号 (16 pt), as WPS and GB/T-minded templates have it: −842. */
    static final int CHAR_SPACE_NORMAL_16 = (int) Math.floor((TYPE_W / 20.0 / 28 - 16) * 4096);
    /** EMU per point and per millimetre. */
    static final int EMU_PT = 12700, EMU_MM = 36000;

    static final String RED = "FF0000";
    static final String XBS = "方正小标宋简体", XBS_GBK = "方正小标宋_GBK", FANG_GB = "仿宋_GB2312", KAI_GB = "楷体_GB2312",
            FANG = "仿宋", KAI = "楷体", HEI = "黑体", SONG = "宋体", TNR = "Times New Roman";

    // ---- (a) ----

    /**
     * (a) A city government's 红头 notice (通知) as a clerk formats it by hand in Word 2016: every paragraph on
     * Normal with all its formatting direct (no pStyle in the body), every run naming its faces and size.
     * Word's default styles (theme fonts Calibri / 等线, 五号 10.5 pt), a 22 x 28 grid set in the page
     * set-up dialog against the 10.5 pt Normal (charSpace 21686; the mark and the title with snap-to-grid
     * off). Red issuer mark 方正小标宋简体 36 pt, the red rule as the 发文字号's bottom border (1.5 pt, 11 pt
     * below), title 22 pt, body 仿宋_GB2312 16 pt on exact
     * 28.95 pt lines, headings 一、(黑体) （一）(楷体, once run-in) 1. and （1） (仿宋), an attachment note,
     * signature, date, 附注, the 版记 as a bordered one-column table, and "— N —" page numbers outside
     * on odd and even pages (evenAndOddHeaders).
     */
    public static byte[] redHeadDirect() {
        return redHead(1, false).zip();
    }

    /**
     * (a) with its body (一、 … the last body paragraph) repeated so that LibreOffice lays it out on about
     * 20 pages: a long document for benchmarks.
     */
    public static byte[] twentyPages() {
        return redHead(TWENTY_PAGES_REPEATS, false).zip();
    }

    /** How often (a)'s body is repeated in {@link #twentyPages()} (LibreOffice: 20 pages). */
    static final int TWENTY_PAGES_REPEATS = 12;

    /**
     * (a) carrying what a template may not: macros (word/vbaProject.bin, related from the document), an
     * attached template on a file server (settings.xml's w:attachedTemplate, an external relationship)
     * and an embedded OLE object (w:object / o:OLEObject → word/embeddings/oleObject1.bin, with a PNG
     * preview) in the second body paragraph.
     */
    public static byte[] withActiveContent() {
        return redHead(1, true).zip();
    }

    private static Docx redHead(int repeats, boolean active) {
        Docx d = new Docx();
        d.word("Microsoft Office Word", "Administrator");
        d.related("styles", "styles.xml", Docx.STYLES, wordDefaultStyles());
        String settingsRel = "";
        if (active) {
            settingsRel = d.external("word/settings.xml", "attachedTemplate", "file://server/share/normal.dotm");
        }
        d.related("settings", "settings.xml", Docx.SETTINGS, settings(true, settingsRel, LINE));
        d.related("fontTable", "fontTable.xml", Docx.FONT_TABLE, fontTable(XBS, FANG_GB, KAI_GB, HEI, SONG, "等线", TNR));
        d.related("theme", "theme/theme1.xml", Docx.THEME, theme("等线"));
        String odd = d.related("footer", "footer1.xml", Docx.FOOTER,
                pageNumberFooter(rPr(fonts(SONG), sz(28)), "—", jc("right"), w("ind", "right", 280)));
        String even = d.related("footer", "footer2.xml", Docx.FOOTER,
                pageNumberFooter(rPr(fonts(SONG), sz(28)), "—", jc("left"), w("ind", "left", 280)));
        String ole = "";
        if (active) {
            d.related("http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin",
                    "application/vnd.ms-office.vbaProject", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
            String preview = d.related("image", "media/image1.png", null, logoPng());
            String object = d.related("oleObject", "embeddings/oleObject1.bin", null,
                    new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
            ole = oleObject(preview, object);
        }

        String fang = rPr(fonts(FANG_GB), sz(32)), kai = rPr(fonts(KAI_GB), sz(32)), hei = rPr(fonts(HEI), sz(32));
        StringBuilder b = new StringBuilder();
        // 1. 发文机关标志: 36 pt red, its 36 pt box 2032 twips (35.8 mm) below the type area's top.
        b.append(direct(rPr(fonts(XBS), color(RED), sz(72)), "某某市人民政府文件",
                jc("center"), NO_GRID, w("spacing", "before", 2032, "line", 720, "lineRule", "exact")));
        b.append(empty(1, fang));
        // 3. 发文字号 and under it the red rule: its bottom border, 1.5 pt, 11 pt (≈4 mm) below.
        b.append(direct(fang, "某政发〔2025〕12号", jc("center"),
                "<w:pBdr>" + w("bottom", "val", "single", "sz", 12, "space", 11, "color", RED) + "</w:pBdr>"));
        b.append(empty(2, fang));
        b.append(direct(rPr(fonts(XBS), sz(44)), "某某市人民政府关于印发2025年法治政府建设工作要点的通知", jc("center"), NO_GRID));
        b.append(empty(1, fang));
        b.append(direct(fang, "各区人民政府，市政府各部门，各直属机构："));
        String indent = w("ind", "firstLine", 640);
        b.append(direct(fang, NOTICE_BODY[0], indent));
        b.append(ole.isEmpty() ? direct(fang, NOTICE_BODY[1], indent)
                : p(pPr(exact(LINE), indent, fang), r(fang, NOTICE_BODY[1]), ole));
        for (int i = 0; i < repeats; i++) {
            b.append(direct(hei, "一、总体要求", indent));
            b.append(direct(fang, NOTICE_BODY[2], indent));
            b.append(direct(fang, NOTICE_BODY[3], indent));
            // a run-in heading: the 楷体 label and its first sentence, then body text in the same paragraph
            b.append(p(pPr(exact(LINE), indent, fang), r(kai, "（一）强化法治学习。"), r(fang, NOTICE_BODY[4])));
            b.append(direct(hei, "二、主要任务", indent));
            b.append(direct(kai, "（二）完善制度体系", indent));
            b.append(direct(fang, NOTICE_BODY[5], indent));
            b.append(direct(fang, "1.健全规范性文件审核机制", indent));
            b.append(direct(fang, NOTICE_BODY[6], indent));
            b.append(direct(fang, "（1）落实合法性审核", indent));
            b.append(direct(fang, NOTICE_BODY[7], indent));
            b.append(direct(fang, NOTICE_BODY[8], indent));
        }
        b.append(empty(1, fang));
        // 附件说明: "附件：" at 2 字, the name at 5 字 (left 1600 = 5 字, hanging 960 = 3 字).
        b.append(direct(fang, "附件：2025年法治政府建设工作要点", w("ind", "left", 1600, "hanging", 960)));
        b.append(empty(3, fang));
        b.append(direct(fang, "某某市人民政府", jc("right"), w("ind", "right", 1280)));
        b.append(direct(fang, "2025年1月20日", jc("right"), w("ind", "right", 640)));
        b.append(direct(fang, "（此件公开发布）", indent));
        b.append(imprint(rPr(fonts(FANG_GB), sz(28)), "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
                "某某市人民政府办公室", "2025年1月20日印发"));
        b.append(empty(1, fang));
        b.append(sectPr(footers(odd, even), GBT_PAGE,
                w("docGrid", "type", "linesAndChars", "linePitch", LINE, "charSpace", CHAR_SPACE_NORMAL_10_5)));
        d.document(document(b.toString()));
        return d;
    }

    /** (a)'s body text: the notice, a paragraph of the work points, … */
    private static final String[] NOTICE_BODY = {
            "为深入贯彻落实党中央、国务院关于法治政府建设的决策部署，全面推进依法行政，加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府，市政府研究制定了《2025年法治政府建设工作要点》，现印发给你们，请结合实际认真贯彻落实。",
            "各区、各部门要高度重视法治政府建设工作，主要负责人要切实履行推进法治建设第一责任人职责，将工作要点确定的各项任务纳入本地区、本部门年度工作计划，细化工作措施，明确责任分工，确保各项任务落到实处。",
            "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，紧紧围绕全市经济社会发展大局，坚持依法行政、依法决策，着力提升政府治理体系和治理能力现代化水平，为高质量发展提供坚实法治保障。",
            "到2025年底，全市依法行政制度体系更加健全，行政决策科学化、民主化、法治化水平进一步提高，行政执法质量和效能大幅提升，突发事件应对能力显著增强，各级行政机关依法行政能力明显提高。",
            "各级行政机关要把习近平法治思想作为理论学习中心组学习的重要内容，每年至少安排两次专题学习。要健全领导干部学法用法制度，组织开展旁听庭审、法治讲座等活动，不断提高运用法治思维和法治方式解决问题的能力。",
            "紧扣全市重点工作，科学编制年度立法计划和规章制定计划，加强重点领域、新兴领域立法，及时修改和废止不适应改革发展要求的规章和规范性文件，切实维护法制统一。",
            "严格落实行政规范性文件合法性审核机制，未经合法性审核或者经审核不合法的，不得提交集体审议，不得印发实施。建立规范性文件备案审查衔接联动机制，对报送备案的文件做到有件必备、有备必审、有错必纠。",
            "各区、各部门要明确承担合法性审核工作的机构和人员，审核时间一般不少于5个工作日，最长不超过15个工作日。对涉及群众切身利益的规范性文件，应当充分听取公众意见，必要时组织专家论证。",
            "市司法局要加强对合法性审核工作的指导和监督，定期开展规范性文件清理和评估，每年年底前将审核工作情况书面报告市政府，并向社会公布现行有效的规范性文件目录。",
    };

    /** An embedded OLE object (a packaged file shown as an icon) as Word writes it in a run. */
    private static String oleObject(String previewId, String objectId) {
        return "<w:r><w:object w:dxaOrig=\"1280\" w:dyaOrig=\"1280\">"
                + "<v:shape id=\"_x0000_i1025\" style=\"width:32pt;height:32pt\" o:ole=\"\">"
                + "<v:imagedata r:id=\"" + previewId + "\" o:title=\"\"/></v:shape>"
                + "<o:OLEObject Type=\"Embed\" ProgID=\"Package\" ShapeID=\"_x0000_i1025\" DrawAspect=\"Icon\""
                + " ObjectID=\"_1798765432\" r:id=\"" + objectId + "\"/></w:object></w:r>";
    }

    // ---- (b) ----

    /**
     * (b) A county bureau's annual report (报告) as Chinese Word saves a document formatted with styles: no
     * red header; the formatting lives in styles whose ids Word localised ("a" Normal, "1"–"3" heading
     * 1–3, "a5"… the bureau's own 大标题, 正文首行缩进, 主送, 落款, 日期) and the body paragraphs carry nothing
     * but their pStyle. docDefaults 仿宋_GB2312 / Times New Roman 16 pt; Normal exact 28 pt lines (560:
     * this house's own choice, not GB/T's 28.95 pt) on a lines-only grid of 560; headings 黑体, 楷体_GB2312,
     * 仿宋_GB2312 bold, first line 2 字 (firstLineChars 200). One footer, centred "- N -" (hyphen-minus)
     * in 宋体 14 pt.
     */
    public static byte[] reportStyled() {
        Docx d = new Docx();
        d.word("Microsoft Office Word", "user");
        d.related("styles", "styles.xml", Docx.STYLES, reportStyles());
        d.related("settings", "settings.xml", Docx.SETTINGS, settings(false, "", 560));
        d.related("fontTable", "fontTable.xml", Docx.FONT_TABLE, fontTable(XBS, FANG_GB, KAI_GB, HEI, SONG, "等线", TNR));
        d.related("theme", "theme/theme1.xml", Docx.THEME, theme("等线"));
        String song = rPr(fonts(SONG, SONG), sz(28));
        String footer = d.related("footer", "footer1.xml", Docx.FOOTER,
                "<w:ftr" + ROOT_NS + ">" + p(pPr(w("pStyle", "val", "a3"), jc("center")),
                        r(song, "- "), pageField(song), r(song, " -")) + "</w:ftr>");
        StringBuilder b = new StringBuilder();
        b.append(styled("a5", "某某县司法局2025年度法治政府建设情况报告"));
        b.append(styled("a7", "县人民政府："));
        b.append(styled("a6", REPORT_BODY[0]));
        b.append(styled("1", "一、主要工作及成效"));
        b.append(styled("2", "（一）依法全面履行政府职能"));
        b.append(styled("3", "1.深化行政审批制度改革"));
        b.append(styled("a6", REPORT_BODY[1]));
        b.append(styled("a6", REPORT_BODY[2]));
        b.append(styled("3", "2.推进行政决策科学化"));
        b.append(styled("a6", REPORT_BODY[3]));
        b.append(styled("2", "（二）严格规范公正文明执法"));
        b.append(styled("a6", REPORT_BODY[4]));
        b.append(styled("1", "二、存在的问题"));
        b.append(styled("a6", REPORT_BODY[5]));
        b.append(styled("1", "三、下一步工作打算"));
        b.append(styled("a6", REPORT_BODY[6]));
        b.append(styled("a6", REPORT_BODY[7]));
        b.append(styled("a6", "特此报告。"));
        b.append(styled("a8", "某某县司法局"));
        b.append(styled("a9", "2025年12月30日"));
        b.append(sectPr(w("footerReference", "type", "default", "r:id", footer), GBT_PAGE,
                w("docGrid", "type", "lines", "linePitch", 560)));
        d.document(document(b.toString()));
        return d.zip();
    }

    private static final String[] REPORT_BODY = {
            "2025年，县司法局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》，统筹推进法治政府建设各项工作，取得了积极成效。现将有关情况报告如下：",
            "全面推行证明事项告知承诺制，全年共清理规范证明事项42项，实行告知承诺制事项26项，切实减轻群众和企业办事负担。持续优化公共法律服务，县乡村三级公共法律服务平台实现全覆盖。",
            "加强法治化营商环境建设，开展涉企行政执法检查专项整治，全年规范涉企检查事项37项，为企业提供法治体检服务120余次，有效防范化解企业经营中的法律风险。",
            "严格落实重大行政决策程序规定，县政府重大行政决策事项全部经过公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序，全年审核县政府重大合同及协议58件，提出法律意见136条。",
            "深入推进行政执法三项制度，全县42个行政执法主体全部在政府网站公示执法主体、执法人员、执法依据等信息。组织开展行政执法案卷评查，评查案卷210卷，对发现的问题逐一督促整改。",
            "一是部分单位对法治政府建设重视程度不够，主要负责人履行推进法治建设第一责任人职责还不够到位。二是基层行政执法人员素质参差不齐，执法不规范的问题仍然存在。三是法治宣传教育的针对性和实效性有待进一步增强。",
            "2026年，县司法局将继续以习近平法治思想为指导，围绕县委、县政府中心工作，进一步加强统筹协调，压紧压实工作责任，着力提升行政执法质量，推动法治政府建设工作再上新台阶。",
            "一是加强行政执法人员培训，全年组织集中培训不少于两次；二是深化法治宣传教育，推进八五普法规划终期评估；三是健全行政复议与行政诉讼衔接机制，切实发挥行政复议化解行政争议的主渠道作用。",
    };

    /** A paragraph of (b): its style and its text, nothing else. */
    private static String styled(String styleId, String text) {
        return p(pPr(w("pStyle", "val", styleId)), r("", text));
    }

    /** (b)'s styles.xml, as Chinese Word 2016 saves it: localised ids, English names for built-in styles, Chinese names for the bureau's. */
    private static String reportStyles() {
        String firstLine = w("ind", "firstLineChars", 200, "firstLine", 640);
        String eastAsia = "<w:rFonts w:eastAsia=\"%s\"/>";
        return styles(rPr(fonts(FANG_GB), w("kern", "val", 2), sz(32), LANG),
                style("paragraph", "a", true, name("Normal"), "<w:qFormat/>",
                        pPr(w("widowControl", "val", 0), w("snapToGrid", "val", 0), exact(560), jc("both"))),
                style("paragraph", "1", false, name("heading 1"), based("a"), next("a6"), link("10"), priority(9), "<w:qFormat/>",
                        pPr("<w:keepNext/>", firstLine, w("outlineLvl", "val", 0)), rPr(eastAsia.formatted(HEI))),
                style("paragraph", "2", false, name("heading 2"), based("a"), next("a6"), priority(9), "<w:unhideWhenUsed/>", "<w:qFormat/>",
                        pPr("<w:keepNext/>", firstLine, w("outlineLvl", "val", 1)), rPr(eastAsia.formatted(KAI_GB))),
                style("paragraph", "3", false, name("heading 3"), based("a"), next("a6"), priority(9), "<w:unhideWhenUsed/>", "<w:qFormat/>",
                        pPr("<w:keepNext/>", firstLine, w("outlineLvl", "val", 2)), rPr(eastAsia.formatted(FANG_GB), "<w:b/><w:bCs/>")),
                style("character", "a0", true, name("Default Paragraph Font"), priority(1), "<w:semiHidden/>", "<w:unhideWhenUsed/>"),
                style("table", "a1", true, name("Normal Table"), priority(99), "<w:semiHidden/>", "<w:unhideWhenUsed/>", TABLE_NORMAL_PR),
                style("numbering", "a2", true, name("No List"), priority(99), "<w:semiHidden/>", "<w:unhideWhenUsed/>"),
                style("paragraph", "a3", false, name("footer"), based("a"), link("a4"), priority(99), "<w:unhideWhenUsed/>",
                        pPr("<w:tabs>" + w("tab", "val", "center", "pos", 4153) + w("tab", "val", "right", "pos", 8306) + "</w:tabs>",
                                w("snapToGrid", "val", 0), jc("left")), rPr(sz(18))),
                style("character", "a4", false, name("页脚 字符"), based("a0"), link("a3"), priority(99), rPr(sz(18))),
                style("character", "10", false, name("标题 1 字符"), based("a0"), link("1"), priority(9), rPr(eastAsia.formatted(HEI))),
                style("paragraph", "a5", false, name("大标题"), based("a"), next("a7"), "<w:qFormat/>",
                        pPr(w("spacing", "before", 0, "after", 560, "line", 560, "lineRule", "exact"), jc("center")),
                        rPr(eastAsia.formatted(XBS), sz(44))),
                style("paragraph", "a6", false, name("正文首行缩进"), based("a"), "<w:qFormat/>", pPr(firstLine)),
                style("paragraph", "a7", false, name("主送"), based("a"), next("a6"), "<w:qFormat/>", pPr(jc("left"))),
                style("paragraph", "a8", false, name("落款"), based("a"), next("a9"), "<w:qFormat/>",
                        pPr(w("spacing", "before", 1120, "line", 560, "lineRule", "exact"), w("ind", "right", 1280), jc("right"))),
                style("paragraph", "a9", false, name("日期"), based("a"), "<w:qFormat/>", pPr(w("ind", "right", 960), jc("right"))));
    }

    // ---- (c) ----

    /**
     * (c) A joint 红头 notice of a city government and its finance bureau as WPS Office 12 saves it: every
     * run's w:rFonts with w:hint="eastAsia" naming the Chinese face for Latin text too; faces 仿宋 (body),
     * 方正小标宋_GBK (mark, title), 黑体 and 楷体 (headings); indents as WPS writes them
     * (firstLine 640 with firstLineChars 200); Normal 仿宋 16 pt on exact 28.95 pt lines, grid charSpace −842.
     * The joint mark is a borderless 2 x 2 table: the two issuers (30 pt, red, distributed) on the left,
     * "文件" (36 pt, red) in a vertically merged cell on the right. The red rule is a drawn line anchored in the
     * 发文字号's paragraph (wps:wsp line, 156 mm, 1.5 pt, 28.95 pt + 4 mm below the paragraph's top, with a
     * VML fallback). Two signatures, a date, odd/even "— N —" footers; no 版记.
     */
    public static byte[] jointWps() {
        Docx d = new Docx();
        d.wps();
        String normalFonts = wpsFonts(FANG);
        d.related("styles", "styles.xml", Docx.STYLES, styles(
                rPr("<w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorEastAsia\" w:cstheme=\"minorBidi\"/>",
                        w("kern", "val", 2), sz(21), LANG),
                style("paragraph", "1", true, name("Normal"), priority(0), "<w:qFormat/>",
                        pPr(w("widowControl", "val", 0), exact(LINE), jc("both")),
                        rPr(normalFonts, w("kern", "val", 2), sz(32), LANG)),
                style("character", "2", true, name("Default Paragraph Font"), priority(0), "<w:semiHidden/>"),
                style("table", "3", true, name("Normal Table"), priority(0), "<w:semiHidden/>", TABLE_NORMAL_PR),
                style("paragraph", "4", false, name("footer"), based("1"), priority(0), "<w:qFormat/>",
                        pPr("<w:tabs>" + w("tab", "val", "center", "pos", 4153) + w("tab", "val", "right", "pos", 8306) + "</w:tabs>",
                                w("snapToGrid", "val", 0), jc("left")), rPr(sz(18)))));
        d.related("settings", "settings.xml", Docx.SETTINGS, settings(true, "", LINE));
        d.related("theme", "theme/theme1.xml", Docx.THEME, theme(SONG));
        d.related("fontTable", "fontTable.xml", Docx.FONT_TABLE, fontTable(XBS_GBK, FANG, KAI, HEI, SONG, TNR));
        String song = rPr(wpsFonts(SONG), sz(28), LANG);
        String odd = d.related("footer", "footer1.xml", Docx.FOOTER,
                pageNumberFooter(song, "—", w("pStyle", "val", "4"), jc("right"), w("ind", "right", 280)));
        String even = d.related("footer", "footer2.xml", Docx.FOOTER,
                pageNumberFooter(song, "—", w("pStyle", "val", "4"), jc("left"), w("ind", "left", 280)));

        String fang = rPr(wpsFonts(FANG), sz(32), LANG), hei = rPr(wpsFonts(HEI), sz(32), LANG), kai = rPr(wpsFonts(KAI), sz(32), LANG);
        String indent = w("ind", "firstLine", 640, "firstLineChars", 200);
        StringBuilder b = new StringBuilder();
        // the mark's top 35 mm below the type area: one empty line 1440 + 579 twips (35.6 mm) high
        b.append(p(pPr(w("spacing", "before", 1440, "line", LINE, "lineRule", "exact"), fang)));
        b.append(jointMark());
        b.append(wpsEmpty(fang));
        b.append(p(pPr(jc("center"), fang), redRuleDrawing(), r(fang, "某财发〔2025〕8号")));
        b.append(wpsEmpty(fang)).append(wpsEmpty(fang));
        String title = rPr(wpsFonts(XBS_GBK), sz(44), LANG);
        b.append(p(pPr(jc("center"), title), r(title, "某某市人民政府 某某市财政局关于做好2025年财政资金管理工作的通知")));
        b.append(wpsEmpty(fang));
        b.append(p(pPr(fang), r(fang, "各区人民政府，市政府各部门：")));
        b.append(wps(fang, indent, JOINT_BODY[0]));
        b.append(wps(hei, indent, "一、严格预算执行管理"));
        b.append(wps(fang, indent, JOINT_BODY[1]));
        b.append(wps(kai, indent, "（一）加快支出进度"));
        b.append(wps(fang, indent, JOINT_BODY[2]));
        b.append(wps(kai, indent, "（二）规范资金拨付"));
        b.append(wps(fang, indent, JOINT_BODY[3]));
        b.append(wps(hei, indent, "二、强化资金监督检查"));
        b.append(wps(fang, indent, JOINT_BODY[4]));
        b.append(wps(fang, indent, JOINT_BODY[5]));
        b.append(wpsEmpty(fang)).append(wpsEmpty(fang)).append(wpsEmpty(fang));
        // the two issuers one above the other, the shorter centred under the longer (½ 字 more indent)
        b.append(p(pPr(jc("right"), w("ind", "right", 1280, "rightChars", 400), fang), r(fang, "某某市人民政府")));
        b.append(p(pPr(jc("right"), w("ind", "right", 1440, "rightChars", 450), fang), r(fang, "某某市财政局")));
        b.append(p(pPr(jc("right"), w("ind", "right", 960, "rightChars", 300), fang), r(fang, "2025年3月1日")));
        b.append(sectPr(footers(odd, even), GBT_PAGE,
                w("docGrid", "type", "linesAndChars", "linePitch", LINE, "charSpace", CHAR_SPACE_NORMAL_16)));
        d.document(document(b.toString()));
        return d.zip();
    }

    private static final String[] JOINT_BODY = {
            "为进一步加强财政资金管理，提高财政资金使用效益，保障全市经济社会发展各项重点任务顺利实施，根据《中华人民共和国预算法》及其实施条例等有关规定，现就做好2025年财政资金管理工作通知如下。",
            "各单位要坚持先有预算后有支出，严格按照批复的预算执行，不得无预算、超预算安排支出。对执行进度缓慢的项目，财政部门将按规定收回资金，统筹用于急需支持的领域。",
            "各单位要倒排时间节点，确保上半年支出进度不低于50%，前三季度不低于75%。对年度中期仍未形成支出的项目资金，原则上予以收回，并相应调减下年度预算安排。",
            "严格执行国库集中支付制度，除另有规定外，财政资金一律通过国库单一账户体系支付。各单位不得将财政资金转入实有资金账户，不得违规出借或者挪用财政资金。",
            "市财政局将会同审计等部门，对财政资金的分配、拨付和使用情况开展常态化监督检查，对截留、挤占、挪用财政资金的行为，依法依规严肃追究有关单位和人员的责任。",
            "各区、各部门要高度重视财政资金管理工作，明确分管领导和具体责任人，于2025年12月10日前将本单位财政资金管理工作情况书面报送市财政局。",
    };

    /**
     * The joint mark: a borderless table as wide as the type area, centred. Left column (6240 twips): one issuer a
     * row, distributed, 方正小标宋_GBK 30 pt red on an exact 36 pt line; right column (2605 twips): "文件" 36 pt
     * red in a cell merged over both rows, centred vertically.
     */
    private static String jointMark() {
        int left = 6240, right = TYPE_W - left;
        String mark = rPr(wpsFonts(XBS_GBK), color(RED), sz(60), LANG), wen = rPr(wpsFonts(XBS_GBK), color(RED), sz(72), LANG);
        // exact 36 pt rows with snap-to-grid off (WPS's "对齐网格" unticked), else the grid stretches each row to two lines
        String line = w("spacing", "line", 720, "lineRule", "exact");
        String none = "<w:tblBorders>" + w("top", "val", "none", "sz", 0, "space", 0, "color", "auto")
                + w("left", "val", "none", "sz", 0, "space", 0, "color", "auto")
                + w("bottom", "val", "none", "sz", 0, "space", 0, "color", "auto")
                + w("right", "val", "none", "sz", 0, "space", 0, "color", "auto")
                + w("insideH", "val", "none", "sz", 0, "space", 0, "color", "auto")
                + w("insideV", "val", "none", "sz", 0, "space", 0, "color", "auto") + "</w:tblBorders>";
        String tblPr = "<w:tblPr>" + w("tblW", "w", TYPE_W, "type", "dxa") + jc("center") + none
                + w("tblLayout", "type", "fixed")
                + "<w:tblCellMar>" + w("left", "w", 0, "type", "dxa") + w("right", "w", 0, "type", "dxa") + "</w:tblCellMar>"
                + w("tblLook", "val", "04A0", "firstRow", 1, "lastRow", 0, "firstColumn", 1, "lastColumn", 0, "noHBand", 0, "noVBand", 1)
                + "</w:tblPr>";
        String grid = "<w:tblGrid>" + w("gridCol", "w", left) + w("gridCol", "w", right) + "</w:tblGrid>";
        String name1 = cell(left, "", p(pPr(NO_GRID, line, jc("distribute"), mark), r(mark, "某某市人民政府")));
        String name2 = cell(left, "", p(pPr(NO_GRID, line, jc("distribute"), mark), r(mark, "某某市财政局")));
        String wenCell = cell(right, w("vMerge", "val", "restart") + w("vAlign", "val", "center"),
                p(pPr(NO_GRID, line, jc("center"), wen), r(wen, "文件")));
        String merged = cell(right, w("vMerge") + w("vAlign", "val", "center"), p(pPr(NO_GRID, line, jc("center"), wen)));
        return "<w:tbl>" + tblPr + grid + "<w:tr>" + name1 + wenCell + "</w:tr><w:tr>" + name2 + merged + "</w:tr></w:tbl>";
    }

    /**
     * The red rule drawn as WPS draws it: a straight connector anchored to the 发文字号's paragraph, 0 from the
     * column's left, 28.95 pt + 4 mm (40.29 pt) below the paragraph's top, 156 mm long, 1.5 pt red; the VML
     * line for readers without DrawingML shapes.
     */
    static String redRuleDrawing() {
        long below = Math.round(28.95 * EMU_PT) + 4L * EMU_MM, length = 156L * EMU_MM;
        String belowPt = String.format(java.util.Locale.ROOT, "%.2fpt", below / (double) EMU_PT);
        String drawing = "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\""
                + " relativeHeight=\"251659264\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
                + "<wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>" + below + "</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + length + "\" cy=\"0\"/><wp:effectExtent l=\"0\" t=\"9525\" r=\"0\" b=\"9525\"/>"
                + "<wp:wrapNone/><wp:docPr id=\"1\" name=\"直接连接符 1\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + length + "\" cy=\"0\"/></a:xfrm>"
                + "<a:prstGeom prst=\"line\"><a:avLst/></a:prstGeom>"
                + "<a:ln w=\"19050\" cap=\"flat\" cmpd=\"sng\"><a:solidFill><a:srgbClr val=\"" + RED + "\"/></a:solidFill>"
                + "<a:prstDash val=\"solid\"/><a:round/><a:headEnd type=\"none\" w=\"med\" len=\"med\"/><a:tailEnd type=\"none\" w=\"med\" len=\"med\"/></a:ln>"
                + "</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>";
        String vml = "<w:pict><v:line id=\"直接连接符 1\" o:spid=\"_x0000_s1026\" o:spt=\"20\""
                + " style=\"position:absolute;left:0pt;margin-top:" + belowPt + ";z-index:251659264;"
                + "mso-position-horizontal-relative:text;mso-position-vertical-relative:paragraph\""
                + " from=\"0,0\" to=\"442.25pt,0\" strokecolor=\"#FF0000\" strokeweight=\"1.5pt\"/></w:pict>";
        return "<w:r><w:rPr>" + wpsFonts(FANG) + "</w:rPr><mc:AlternateContent><mc:Choice Requires=\"wps\">" + drawing
                + "</mc:Choice><mc:Fallback>" + vml + "</mc:Fallback></mc:AlternateContent></w:r>";
    }

    /** A WPS paragraph: its indent, the run's properties on the paragraph mark too. */
    private static String wps(String rpr, String ind, String text) {
        return p(pPr(ind, rpr), r(rpr, text));
    }

    private static String wpsEmpty(String rpr) {
        return p(pPr(rpr));
    }

    /** WPS names the Chinese face for every script, with the hint that the run is East Asian. */
    static String wpsFonts(String face) {
        return "<w:rFonts w:hint=\"eastAsia\" w:ascii=\"" + face + "\" w:hAnsi=\"" + face + "\" w:eastAsia=\"" + face + "\"/>";
    }

    // ---- (d) ----

    /**
     * (d) A county education bureau's notice with its logo in the page header: header1.xml (default header)
     * holds one centred paragraph with an inline picture (media/image1.png, 64 x 64 px, a red ring with a red
     * dot, shown 12 mm square). Otherwise formatted by hand like (a): red mark 方正小标宋简体 36 pt, the
     * 发文字号 over a red paragraph-border rule, title, recipients, three body paragraphs, signature, date;
     * one footer, "— N —" right-aligned on every page (no even footer).
     */
    public static byte[] logoHeader() {
        Docx d = new Docx();
        d.word("Microsoft Office Word", "Administrator");
        d.related("styles", "styles.xml", Docx.STYLES, wordDefaultStyles());
        d.related("settings", "settings.xml", Docx.SETTINGS, settings(false, "", LINE));
        d.related("fontTable", "fontTable.xml", Docx.FONT_TABLE, fontTable(XBS, FANG_GB, SONG, "等线", TNR));
        d.related("theme", "theme/theme1.xml", Docx.THEME, theme("等线"));
        int side = 12 * EMU_MM;
        String image = d.relatedFrom("word/header1.xml", "image", "media/image1.png", "word/media/image1.png", null, logoPng());
        String header = d.related("header", "header1.xml", Docx.HEADER, "<w:hdr" + ROOT_NS + ">"
                + p(pPr(jc("center")), "<w:r><w:rPr><w:noProof/></w:rPr><w:drawing>"
                + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                + "<wp:extent cx=\"" + side + "\" cy=\"" + side + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:docPr id=\"1\" name=\"图片 1\" descr=\"某某县教育局局徽\"/>"
                + "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"image1.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + image + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + side + "\" cy=\"" + side + "\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>") + "</w:hdr>");
        String footer = d.related("footer", "footer1.xml", Docx.FOOTER,
                pageNumberFooter(rPr(fonts(SONG), sz(28)), "—", jc("right"), w("ind", "right", 280)));

        String fang = rPr(fonts(FANG_GB), sz(32));
        String indent = w("ind", "firstLine", 640);
        StringBuilder b = new StringBuilder();
        b.append(direct(rPr(fonts(XBS), color(RED), sz(72)), "某某县教育局文件",
                jc("center"), NO_GRID, w("spacing", "before", 2032, "line", 720, "lineRule", "exact")));
        b.append(empty(1, fang));
        b.append(direct(fang, "某教发〔2025〕5号", jc("center"),
                "<w:pBdr>" + w("bottom", "val", "single", "sz", 12, "space", 11, "color", RED) + "</w:pBdr>"));
        b.append(empty(2, fang));
        b.append(direct(rPr(fonts(XBS), sz(44)), "某某县教育局关于做好2025年秋季学期开学工作的通知", jc("center"), NO_GRID));
        b.append(empty(1, fang));
        b.append(direct(fang, "各中小学校："));
        for (String text : SCHOOL_BODY) b.append(direct(fang, text, indent));
        b.append(empty(2, fang));
        b.append(direct(fang, "某某县教育局", jc("right"), w("ind", "right", 1120)));
        b.append(direct(fang, "2025年8月20日", jc("right"), w("ind", "right", 640)));
        b.append(sectPr(w("headerReference", "type", "default", "r:id", header)
                        + w("footerReference", "type", "default", "r:id", footer), GBT_PAGE,
                w("docGrid", "type", "linesAndChars", "linePitch", LINE, "charSpace", CHAR_SPACE_NORMAL_10_5)));
        d.document(document(b.toString()));
        return d.zip();
    }

    private static final String[] SCHOOL_BODY = {
            "为确保2025年秋季学期开学工作平稳有序，切实保障广大师生生命安全和身体健康，根据上级有关要求，结合我县实际，现就做好秋季学期开学工作有关事项通知如下。",
            "各学校要在开学前对校舍、消防设施、食堂、宿舍等开展全面安全排查，发现隐患立即整改，整改不到位的不得投入使用。要认真制定开学工作方案和突发事件应急预案，明确责任分工，确保开学各项工作落实到位。",
            "各学校要严格执行国家课程方案，开齐开足规定课程，不得随意增减课时。要切实减轻学生过重作业负担，规范课后服务，于9月5日前将开学工作情况报县教育局基础教育股。",
    };

    /**
     * A 64 x 64 RGB PNG, a red ring (radius 24–30 px) around a red dot (radius 10 px) on white, written byte by
     * byte (filter 0 rows, deflated at level 9): the same bytes every run.
     */
    static byte[] logoPng() {
        int n = 64;
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (int y = 0; y < n; y++) {
            rows.write(0);
            for (int x = 0; x < n; x++) {
                double r = Math.hypot(x + 0.5 - n / 2.0, y + 0.5 - n / 2.0);
                boolean red = (r >= 24 && r <= 30) || r <= 10;
                rows.write(255);
                rows.write(red ? 0 : 255);
                rows.write(red ? 0 : 255);
            }
        }
        Deflater deflater = new Deflater(9);
        deflater.setInput(rows.toByteArray());
        deflater.finish();
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) idat.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(n).putInt(n).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    // ---- (e) ----

    /**
     * (e) A document lacking most roles: Word's blank-document page set-up (A4, margins 1440 / 1800, a lines-only
     * grid of 312 twips = 15.6 pt), Normal 宋体 10.5 pt from docDefaults; a centred bold 16 pt title and three
     * body paragraphs in 仿宋_GB2312 16 pt, first line 2 字 (firstLineChars 200), single spacing. No red
     * header, recipients, headings, signature, date or page numbers.
     */
    public static byte[] sparse() {
        Docx d = new Docx();
        d.word("Microsoft Office Word", "Administrator");
        d.related("styles", "styles.xml", Docx.STYLES, plainStyles());
        d.related("settings", "settings.xml", Docx.SETTINGS, settings(false, "", 312));
        d.related("fontTable", "fontTable.xml", Docx.FONT_TABLE, fontTable(SONG, FANG_GB, TNR));
        String title = rPr("<w:b/><w:bCs/>", sz(32)), fang = rPr(fonts(FANG_GB), sz(32));
        StringBuilder b = new StringBuilder();
        b.append(p(pPr(jc("center"), title), r(title, "关于召开安全生产会议的通知")));
        for (String text : SAFETY_BODY) b.append(p(pPr(w("ind", "firstLineChars", 200, "firstLine", 640), fang), r(fang, text)));
        b.append(sectPr("", WORD_PAGE, w("docGrid", "type", "lines", "linePitch", 312)));
        d.document(document(b.toString()));
        return d.zip();
    }

    private static final String[] SAFETY_BODY = {
            "为认真贯彻落实上级关于安全生产工作的部署要求，全面排查整治各类安全隐患，坚决遏制重特大安全事故发生，经研究，决定召开全县安全生产工作会议。现将有关事项通知如下。",
            "会议定于2025年6月10日上午9时在县政府三楼会议室召开，会期半天。请各乡镇分管安全生产工作的负责同志和各有关部门主要负责同志准时参加，不得请假。",
            "请各参会单位于6月8日下午下班前将参会人员名单报县应急管理局办公室，并认真准备书面发言材料，重点汇报本单位上半年安全生产工作开展情况和下一步工作打算。",
    };

    // ---- (f) ----

    /** (f) Nothing but a centred title (方正小标宋简体 22 pt): no body to learn from. GB/T page, no footer. */
    public static byte[] titleOnly() {
        Docx d = plainWord();
        String title = rPr(fonts(XBS), sz(44));
        d.document(document(p(pPr(jc("center"), exact(LINE), title), r(title, "关于开展安全生产大检查的通知"))
                + sectPr("", GBT_PAGE, w("docGrid", "type", "lines", "linePitch", LINE))));
        return d.zip();
    }

    /** (f) A body of three empty paragraphs: no title, no text. GB/T page, no footer. */
    public static byte[] emptyDocument() {
        Docx d = plainWord();
        String fang = rPr(fonts(FANG_GB), sz(32));
        d.document(document(empty(3, fang) + sectPr("", GBT_PAGE, w("docGrid", "type", "lines", "linePitch", LINE))));
        return d.zip();
    }

    private static Docx plainWord() {
        Docx d = new Docx();
        d.word("Microsoft Office Word", "Administrator");
        d.related("styles", "styles.xml", Docx.STYLES, wordDefaultStyles());
        d.related("settings", "settings.xml", Docx.SETTINGS, settings(false, "", LINE));
        d.related("fontTable", "fontTable.xml", Docx.FONT_TABLE, fontTable(XBS, FANG_GB, "等线", TNR));
        d.related("theme", "theme/theme1.xml", Docx.THEME, theme("等线"));
        return d;
    }

    // ---- parts shared by the fixtures ----

    /** GB/T 9704's page as clerks set it: A4, margins 37 / 26 / 35 / 28 mm, header 15 mm, footer 17.5 mm. */
    private static final String GBT_PAGE = w("pgSz", "w", 11906, "h", 16838)
            + w("pgMar", "top", 2098, "right", 1474, "bottom", 1984, "left", 1587, "header", 851, "footer", 992, "gutter", 0);
    /** Word's blank document: A4, 1 inch top and bottom, 1.25 inch left and right. */
    private static final String WORD_PAGE = w("pgSz", "w", 11906, "h", 16838)
            + w("pgMar", "top", 1440, "right", 1800, "bottom", 1440, "left", 1800, "header", 851, "footer", 992, "gutter", 0);
    /**
     * "对齐到网格" unticked, as clerks do for the mark and the title: on a character grid pitched for 10.5 pt,
     * LibreOffice otherwise spreads a 36 pt mark over three grid cells a character and wraps it.
     */
    private static final String NO_GRID = w("snapToGrid", "val", 0);
    private static final String LANG = w("lang", "val", "en-US", "eastAsia", "zh-CN");
    private static final String TABLE_NORMAL_PR = "<w:tblPr>" + w("tblInd", "w", 0, "type", "dxa") + "<w:tblCellMar>"
            + w("top", "w", 0, "type", "dxa") + w("left", "w", 108, "type", "dxa")
            + w("bottom", "w", 0, "type", "dxa") + w("right", "w", 108, "type", "dxa") + "</w:tblCellMar></w:tblPr>";

    /** The namespaces Word 2016 and WPS declare on a part's root (those these fixtures use), and the ones a reader may ignore. */
    private static final String ROOT_NS = " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:w10=\"urn:schemas-microsoft-com:office:word\""
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " mc:Ignorable=\"w14 wp14\"";

    private static String document(String body) {
        return "<w:document" + ROOT_NS + "><w:body>" + body + "</w:body></w:document>";
    }

    /**
     * Word's styles.xml for a new document: docDefaults with the theme's minor fonts (Calibri / 等线), 五号 10.5 pt,
     * no paragraph defaults; Normal justified without widow control; the default character, table and list styles.
     */
    private static String wordDefaultStyles() {
        return styles(rPr("<w:rFonts w:asciiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorEastAsia\" w:hAnsiTheme=\"minorHAnsi\" w:cstheme=\"minorBidi\"/>",
                        w("kern", "val", 2), w("sz", "val", 21), w("szCs", "val", 22), w("lang", "val", "en-US", "eastAsia", "zh-CN", "bidi", "ar-SA")),
                style("paragraph", "Normal", true, name("Normal"), "<w:qFormat/>", pPr(w("widowControl", "val", 0), jc("both"))),
                style("character", "DefaultParagraphFont", true, name("Default Paragraph Font"), priority(1), "<w:semiHidden/>", "<w:unhideWhenUsed/>"),
                style("table", "TableNormal", true, name("Normal Table"), priority(99), "<w:semiHidden/>", "<w:unhideWhenUsed/>", TABLE_NORMAL_PR),
                style("numbering", "NoList", true, name("No List"), priority(99), "<w:semiHidden/>", "<w:unhideWhenUsed/>"));
    }

    /** An older Word's styles (no theme): docDefaults Times New Roman / 宋体 10.5 pt. */
    private static String plainStyles() {
        return styles(rPr(fonts(SONG), w("kern", "val", 2), sz(21), w("lang", "val", "en-US", "eastAsia", "zh-CN", "bidi", "ar-SA")),
                style("paragraph", "Normal", true, name("Normal"), "<w:qFormat/>", pPr(w("widowControl", "val", 0), jc("both"))),
                style("character", "DefaultParagraphFont", true, name("Default Paragraph Font"), priority(1), "<w:semiHidden/>", "<w:unhideWhenUsed/>"),
                style("table", "TableNormal", true, name("Normal Table"), priority(99), "<w:semiHidden/>", "<w:unhideWhenUsed/>", TABLE_NORMAL_PR),
                style("numbering", "NoList", true, name("No List"), priority(99), "<w:semiHidden/>", "<w:unhideWhenUsed/>"));
    }

    private static String styles(String defaultRPr, String... styles) {
        return "<w:styles" + ROOT_NS + "><w:docDefaults><w:rPrDefault>" + defaultRPr + "</w:rPrDefault><w:pPrDefault/></w:docDefaults>"
                + String.join("", styles) + "</w:styles>";
    }

    /** A w:style; its children given in CT_Style's order (name, basedOn, next, link, uiPriority, …, qFormat, pPr, rPr, tblPr). */
    private static String style(String type, String id, boolean isDefault, String... children) {
        return "<w:style w:type=\"" + type + "\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\">"
                + String.join("", children) + "</w:style>";
    }

    private static String name(String name) { return w("name", "val", name); }

    private static String based(String id) { return w("basedOn", "val", id); }

    private static String next(String id) { return w("next", "val", id); }

    private static String link(String id) { return w("link", "val", id); }

    private static String priority(int p) { return w("uiPriority", "val", p); }

    /**
     * settings.xml as Word writes it (the parts these fixtures need), in CT_Settings' order.
     *
     * @param attachedTemplate a relationship id of settings.xml's attached template, or ""
     */
    private static String settings(boolean evenAndOdd, String attachedTemplate, int linePitch) {
        return "<w:settings" + ROOT_NS + ">" + w("zoom", "percent", 100)
                + "<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>"
                + (attachedTemplate.isEmpty() ? "" : w("attachedTemplate", "r:id", attachedTemplate))
                + w("defaultTabStop", "val", 420)
                + (evenAndOdd ? "<w:evenAndOddHeaders/>" : "")
                + w("drawingGridHorizontalSpacing", "val", 105) + w("drawingGridVerticalSpacing", "val", linePitch / 2)
                + w("displayHorizontalDrawingGridEvery", "val", 0) + w("displayVerticalDrawingGridEvery", "val", 2)
                + w("characterSpacingControl", "val", "compressPunctuation")
                + "<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>"
                + "<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>"
                + w("compatSetting", "name", "compatibilityMode", "uri", "http://schemas.microsoft.com/office/word", "val", 15)
                + "</w:compat>"
                + w("themeFontLang", "val", "en-US", "eastAsia", "zh-CN")
                + w("clrSchemeMapping", "bg1", "light1", "t1", "dark1", "bg2", "light2", "t2", "dark2", "accent1", "accent1",
                "accent2", "accent2", "accent3", "accent3", "accent4", "accent4", "accent5", "accent5", "accent6", "accent6",
                "hyperlink", "hyperlink", "followedHyperlink", "followedHyperlink")
                + w("decimalSymbol", "val", ".") + w("listSeparator", "val", ",") + "</w:settings>";
    }

    private static String fontTable(String... faces) {
        StringBuilder s = new StringBuilder("<w:fonts" + ROOT_NS + ">");
        for (String f : faces) {
            boolean latin = f.equals(TNR);
            s.append("<w:font w:name=\"").append(f).append("\">").append(w("charset", "val", latin ? "00" : "86"))
                    .append(w("family", "val", f.equals(HEI) ? "modern" : "roman"))
                    .append(w("pitch", "val", latin ? "variable" : "fixed")).append("</w:font>");
        }
        return s.append("</w:fonts>").toString();
    }

    /**
     * Office's theme, cut to what a theme must hold: its colour scheme, the font scheme (minor: Calibri, and
     * for simplified Chinese the face {@code hans}, in the a:font script="Hans" entry with an empty a:ea, as Word
     * writes it), and the format scheme.
     */
    private static String theme(String hans) {
        String colours = "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>"
                + "<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>"
                + "<a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1><a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2>"
                + "<a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3><a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4>"
                + "<a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5><a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6>"
                + "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>";
        String fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
        String line = "<a:ln w=\"6350\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">" + fill + "<a:prstDash val=\"solid\"/><a:miter lim=\"800000\"/></a:ln>";
        String effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
        return "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office 主题\"><a:themeElements>"
                + "<a:clrScheme name=\"Office\">" + colours + "</a:clrScheme>"
                + "<a:fontScheme name=\"Office\">"
                + "<a:majorFont><a:latin typeface=\"Calibri Light\" panose=\"020F0302020204030204\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
                + "<a:font script=\"Jpan\" typeface=\"游ゴシック Light\"/><a:font script=\"Hans\" typeface=\"" + hans + " Light\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"Calibri\" panose=\"020F0502020204030204\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
                + "<a:font script=\"Jpan\" typeface=\"游明朝\"/><a:font script=\"Hans\" typeface=\"" + hans + "\"/></a:minorFont>"
                + "</a:fontScheme>"
                + "<a:fmtScheme name=\"Office\"><a:fillStyleLst>" + fill + fill + fill + "</a:fillStyleLst>"
                + "<a:lnStyleLst>" + line + line + line + "</a:lnStyleLst>"
                + "<a:effectStyleLst>" + effect + effect + effect + "</a:effectStyleLst>"
                + "<a:bgFillStyleLst>" + fill + fill + fill + "</a:bgFillStyleLst></a:fmtScheme>"
                + "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
    }

    /** A footer of one paragraph "{dash} PAGE {dash}", every run in {@code rpr}. */
    private static String pageNumberFooter(String rpr, String dash, String... pprProps) {
        return "<w:ftr" + ROOT_NS + ">" + p(pPr(pprProps), r(rpr, dash + " "), pageField(rpr), r(rpr, " " + dash)) + "</w:ftr>";
    }

    /** A PAGE field as Word writes it: begin, instruction, separate, the last result ("1"), end. */
    private static String pageField(String rpr) {
        return "<w:r>" + rpr + w("fldChar", "fldCharType", "begin") + "</w:r>"
                + "<w:r>" + rpr + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r>" + rpr + w("fldChar", "fldCharType", "separate") + "</w:r>"
                + r(rpr, "1")
                + "<w:r>" + rpr + w("fldChar", "fldCharType", "end") + "</w:r>";
    }

    private static String footers(String odd, String even) {
        return w("footerReference", "type", "default", "r:id", odd) + w("footerReference", "type", "even", "r:id", even);
    }

    /** The body's last w:sectPr: header/footer references, page size and margins, one column, the grid. */
    private static String sectPr(String references, String page, String docGrid) {
        return "<w:sectPr>" + references + page + w("cols", "space", 425) + docGrid + "</w:sectPr>";
    }

    /**
     * The 版记 as clerks draw it: a one-column table as wide as the type area, rules as its borders (top and
     * bottom 1 pt, between the rows ½ pt; none at the sides), text 四号 (14 pt) 1 字 in from both sides; the 印发
     * line's date at a right tab on the right indent.
     */
    private static String imprint(String rpr, String copyTo, String printer, String printDate) {
        String tblPr = "<w:tblPr>" + w("tblW", "w", TYPE_W, "type", "dxa") + w("tblInd", "w", 0, "type", "dxa")
                + "<w:tblBorders>" + w("top", "val", "single", "sz", 8, "space", 0, "color", "auto") + w("left", "val", "nil")
                + w("bottom", "val", "single", "sz", 8, "space", 0, "color", "auto") + w("right", "val", "nil")
                + w("insideH", "val", "single", "sz", 4, "space", 0, "color", "auto") + w("insideV", "val", "nil") + "</w:tblBorders>"
                + w("tblLayout", "type", "fixed")
                + "<w:tblCellMar>" + w("left", "w", 0, "type", "dxa") + w("right", "w", 0, "type", "dxa") + "</w:tblCellMar>"
                + w("tblLook", "val", "04A0", "firstRow", 1, "lastRow", 0, "firstColumn", 1, "lastColumn", 0, "noHBand", 0, "noVBand", 1)
                + "</w:tblPr>";
        String ind = w("ind", "left", 280, "right", 280);
        String tab = "<w:tabs>" + w("tab", "val", "right", "pos", TYPE_W - 280) + "</w:tabs>";
        return "<w:tbl>" + tblPr + "<w:tblGrid>" + w("gridCol", "w", TYPE_W) + "</w:tblGrid>"
                + "<w:tr>" + cell(TYPE_W, "", direct(rpr, copyTo, ind)) + "</w:tr>"
                + "<w:tr>" + cell(TYPE_W, "", direct(rpr, printer + "\t" + printDate, tab, ind)) + "</w:tr></w:tbl>";
    }

    private static String cell(int width, String tcPrMore, String content) {
        // CT_TcPr: tcW, gridSpan, vMerge, tcBorders, …, vAlign: the callers' extras come after the width
        return "<w:tc><w:tcPr>" + w("tcW", "w", width, "type", "dxa") + tcPrMore + "</w:tcPr>" + content + "</w:tc>";
    }

    // ---- paragraphs and runs ----

    /**
     * A paragraph formatted by hand: {@code pprProps} and, unless they set spacing, exact 28.95 pt lines; one run
     * of {@code text} in {@code rpr}, which Word keeps on the paragraph mark too.
     */
    private static String direct(String rpr, String text, String... pprProps) {
        List<String> props = new ArrayList<>(Arrays.asList(pprProps));
        if (props.stream().noneMatch(s -> s.startsWith("<w:spacing"))) props.add(exact(LINE));
        props.add(rpr);
        return p(pPr(props.toArray(String[]::new)), r(rpr, text));
    }

    /** {@code count} empty paragraphs on exact 28.95 pt lines, their mark in {@code rpr}. */
    private static String empty(int count, String rpr) {
        return p(pPr(exact(LINE), rpr)).repeat(count);
    }

    static String p(String pPr, String... runs) {
        return "<w:p>" + pPr + String.join("", runs) + "</w:p>";
    }

    /** A run of text ("\t" a tab) in {@code rPr} ("" for none). */
    static String r(String rPr, String text) {
        StringBuilder s = new StringBuilder("<w:r>").append(rPr);
        String[] pieces = text.split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) s.append("<w:tab/>");
            if (!pieces[i].isEmpty()) s.append("<w:t xml:space=\"preserve\">").append(escape(pieces[i])).append("</w:t>");
        }
        return s.append("</w:r>").toString();
    }

    /** Latin text in Times New Roman, Chinese in {@code eastAsia}. */
    static String fonts(String eastAsia) {
        return fonts(eastAsia, TNR);
    }

    static String fonts(String eastAsia, String latin) {
        return w("rFonts", "ascii", latin, "eastAsia", eastAsia, "hAnsi", latin);
    }

    /** w:sz and w:szCs, in half-points (neighbours in CT_RPr, so one property here). */
    static String sz(int halfPoints) {
        return w("sz", "val", halfPoints) + w("szCs", "val", halfPoints);
    }

    static String color(String rgb) { return w("color", "val", rgb); }

    static String jc(String val) { return w("jc", "val", val); }

    static String exact(int twips) { return w("spacing", "line", twips, "lineRule", "exact"); }

    /** An empty element {@code <w:name w:a="v" …/>}; attribute names without a prefix take w:. */
    static String w(String name, Object... attributes) {
        StringBuilder s = new StringBuilder("<w:").append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            String a = attributes[i].toString();
            s.append(' ').append(a.contains(":") ? a : "w:" + a).append("=\"").append(escape(attributes[i + 1].toString())).append('"');
        }
        return s.append("/>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** CT_PPr's order (Word refuses a file whose properties are out of it); rPr is the paragraph mark's. */
    static final List<String> PPR_ORDER = List.of("pStyle", "keepNext", "keepLines", "pageBreakBefore",
            "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
            "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr");
    /** CT_RPr's order. */
    static final List<String> RPR_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
            "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
            "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
            "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout");

    /** A w:pPr of these properties in CT_PPr's order, or "" for none. */
    static String pPr(String... props) {
        return wrap("pPr", PPR_ORDER, props);
    }

    /** A w:rPr of these properties in CT_RPr's order, or "" for none. */
    static String rPr(String... props) {
        return wrap("rPr", RPR_ORDER, props);
    }

    private static String wrap(String tag, List<String> order, String... props) {
        String inner = Arrays.stream(props).filter(s -> !s.isEmpty())
                .sorted((a, b) -> Integer.compare(position(order, a), position(order, b)))
                .collect(Collectors.joining());
        return inner.isEmpty() ? "" : "<w:" + tag + ">" + inner + "</w:" + tag + ">";
    }

    private static int position(List<String> order, String element) {
        int i = order.indexOf(element.substring(3).split("[ />]", 2)[0]);
        if (i < 0) throw new IllegalArgumentException("not in the schema's order: " + element);
        return i;
    }

    // ---- the package ----

    /**
     * A package being written: parts with their content types, relationships by source part. {@link #zip} writes
     * [Content_Types].xml, the package relationships, docProps, the main document, then the other parts and the
     * relationship parts in the order they were added.
     */
    private static final class Docx {
        static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        static final String STYLES = WML + "styles+xml", SETTINGS = WML + "settings+xml", FONT_TABLE = WML + "fontTable+xml",
                FOOTER = WML + "footer+xml", HEADER = WML + "header+xml", MAIN = WML + "document.main+xml",
                THEME = "application/vnd.openxmlformats-officedocument.theme+xml";
        private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

        private final Map<String, String> defaults = new LinkedHashMap<>(), overrides = new LinkedHashMap<>();
        private final Map<String, byte[]> parts = new LinkedHashMap<>();
        private final Map<String, StringBuilder> rels = new LinkedHashMap<>();
        private final Map<String, Integer> lastId = new LinkedHashMap<>();
        private String document;

        Docx() {
            defaults.put("rels", "application/vnd.openxmlformats-package.relationships+xml");
            defaults.put("xml", "application/xml");
            rel("", "officeDocument", "word/document.xml", false);
            overrides.put("word/document.xml", MAIN);
        }

        /** docProps as Word writes them (fixed dates), by {@code application}, last saved by {@code author}. */
        void word(String application, String author) {
            core(author);
            app("<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Application>" + application + "</Application>"
                    + "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
                    + "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>");
        }

        /** docProps as WPS Office 12 writes them: its application name and build in app.xml and custom.xml. */
        void wps() {
            core("WPS_1700000000");
            app("<Template>Normal</Template><TotalTime>0</TotalTime><Application>WPS Office_12.1.0.18912</Application>"
                    + "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
                    + "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.1000</AppVersion>");
            String props = "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\""
                    + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                    + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"KSOProductBuildVer\"><vt:lpwstr>2052-12.1.0.18912</vt:lpwstr></property>"
                    + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"ICV\"><vt:lpwstr>3F2A1C0B5D6E4F7A8B9C0D1E2F3A4B5C_12</vt:lpwstr></property>"
                    + "</Properties>";
            packagePart("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", props);
        }

        private void core(String author) {
            packagePart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                            + "<dc:title></dc:title><dc:creator>" + author + "</dc:creator><cp:lastModifiedBy>" + author + "</cp:lastModifiedBy>"
                            + "<cp:revision>3</cp:revision>"
                            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-01-20T01:30:00Z</dcterms:created>"
                            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-01-20T02:15:00Z</dcterms:modified>"
                            + "</cp:coreProperties>");
        }

        private void app(String properties) {
            packagePart("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                    REL + "extended-properties",
                    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
                            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" + properties + "</Properties>");
        }

        private void packagePart(String name, String contentType, String relType, String xml) {
            rel("", relType, name, false);
            overrides.put(name, contentType);
            parts.put(name, bytes(xml));
        }

        void document(String xml) {
            document = xml;
        }

        /** A part word/{@code target} related from the main document; returns the relationship's id. */
        String related(String type, String target, String contentType, String xml) {
            return related(type, target, contentType, bytes(xml));
        }

        String related(String type, String target, String contentType, byte[] content) {
            return relatedFrom("word/document.xml", type, target, "word/" + target, contentType, content);
        }

        /**
         * A part named {@code part}, related from {@code source} with {@code target}; its content type an
         * override, or (null) the default for its extension.
         */
        String relatedFrom(String source, String type, String target, String part, String contentType, byte[] content) {
            if (contentType != null) overrides.put(part, contentType);
            else defaults.putIfAbsent(part.substring(part.lastIndexOf('.') + 1), switch (part.substring(part.lastIndexOf('.') + 1)) {
                case "png" -> "image/png";
                case "bin" -> "application/vnd.openxmlformats-officedocument.oleObject";
                default -> throw new IllegalArgumentException(part);
            });
            parts.put(part, content);
            return rel(source, type, target, false);
        }

        /** A link from {@code source} out of the package. */
        String external(String source, String type, String target) {
            return rel(source, type, target, true);
        }

        private String rel(String source, String type, String target, boolean external) {
            int id = lastId.merge(source, 1, Integer::sum);
            rels.computeIfAbsent(source, s -> new StringBuilder())
                    .append("<Relationship Id=\"rId").append(id).append("\" Type=\"")
                    .append(type.startsWith("http") ? type : REL + type).append("\" Target=\"").append(escape(target)).append('"')
                    .append(external ? " TargetMode=\"External\"" : "").append("/>");
            return "rId" + id;
        }

        byte[] zip() {
            if (document == null) throw new IllegalStateException("no document");
            Map<String, byte[]> out = new LinkedHashMap<>();
            StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
            defaults.forEach((ext, type) -> types.append("<Default Extension=\"").append(ext).append("\" ContentType=\"").append(type).append("\"/>"));
            overrides.forEach((part, type) -> types.append("<Override PartName=\"/").append(part).append("\" ContentType=\"").append(type).append("\"/>"));
            out.put("[Content_Types].xml", bytes(types.append("</Types>").toString()));
            out.put("_rels/.rels", relationships(""));
            parts.forEach((name, content) -> {
                if (name.startsWith("docProps/")) out.put(name, content);
            });
            out.put("word/document.xml", bytes(document));
            parts.forEach((name, content) -> {
                if (!name.startsWith("docProps/")) out.put(name, content);
            });
            for (String source : rels.keySet()) {
                if (source.isEmpty()) continue;
                int slash = source.lastIndexOf('/');
                out.put(source.substring(0, slash) + "/_rels/" + source.substring(slash + 1) + ".rels", relationships(source));
            }
            // the main document's relationships are needed even when it has none
            out.putIfAbsent("word/_rels/document.xml.rels", relationships("word/document.xml"));
            return DocxPackage.zip(out);
        }

        private byte[] relationships(String source) {
            StringBuilder r = rels.getOrDefault(source, new StringBuilder());
            return bytes("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + r + "</Relationships>");
        }

        private static byte[] bytes(String xml) {
            return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + xml).getBytes(StandardCharsets.UTF_8);
        }
    }
}
