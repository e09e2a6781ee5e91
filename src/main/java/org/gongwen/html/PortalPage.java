package org.gongwen.html;

import org.gongwen.compose.ChineseDate;
import org.gongwen.compose.ComposedDocument;
import org.gongwen.compose.Composer;
import org.gongwen.compose.Wording;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The portal article (门户网站文章) of a document: title, 发布时间/来源 line, body with h2/h3/p per
 * heading level, attachment list, signature and date. A complete page or an embeddable fragment
 * ({@code <article class="gongwen">} with its own scoped style). Runs on Thymeleaf's own engine
 * (its standard dialect, OGNL expressions; no Spring), so the CLI, the web service and any program
 * using the library write the same HTML.
 * Thread-safe: the engine and its parsed template are shared.
 */
public final class PortalPage {
    private static final String TEMPLATE = "portal/article";

    private final TemplateEngine engine;

    public PortalPage() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PortalPage.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** A complete HTML page of the document composed for {@code style}. */
    public String page(OfficialDocument document, HouseStyle style) {
        return page(Composer.compose(document, style), style);
    }

    /** A complete HTML page. */
    public String page(ComposedDocument document, HouseStyle style) {
        return engine.process(TEMPLATE, context(document, style));
    }

    /** The article alone, for a CMS to embed in its own page. */
    public String fragment(ComposedDocument document, HouseStyle style) {
        return engine.process(TEMPLATE, Set.of("article"), context(document, style));
    }

    private static Context context(ComposedDocument c, HouseStyle style) {
        OfficialDocument d = c.document();
        Context ctx = new Context(Locale.SIMPLIFIED_CHINESE);
        ctx.setVariable("title", c.title());
        ctx.setVariable("titleNote", c.titleNote());
        ctx.setVariable("titleNoteClass", "title-note lead" + ComposedDocument.TITLE_NOTE_FACE_LEVEL);
        ctx.setVariable("docNumber", c.docNumber());
        ctx.setVariable("recipients", Wording.recipientsLine(c.recipients()));
        // the portal's own line: 发布时间 (the date when none is given) and 来源 (the issuers when none is given)
        ctx.setVariable("published", ChineseDate.of(d.publishDate() != null ? d.publishDate() : d.date()));
        ctx.setVariable("source", d.source() != null ? d.source() : Wording.issuerList(d.issuers()));
        ctx.setVariable("blocks", views(c, style, c.body()));
        ctx.setVariable("issuers", c.signature().issuers());
        ctx.setVariable("date", c.signature().date());
        ctx.setVariable("notes", c.notes());
        ctx.setVariable("appendices", c.appendices().stream()
                .map(a -> new AppendixView(a.label(), String.join("", a.titleLines()), views(c, style, a.blocks()))).toList());
        ctx.setVariable("css", PortalCss.of(style));
        return ctx;
    }

    private static List<BlockView> views(ComposedDocument composed, HouseStyle style, List<Block> blocks) {
        List<BlockView> views = new ArrayList<>();
        for (Block block : blocks) {
            switch (block) {
                case Block.Heading h -> views.add(BlockView.text(h.level() == 1 ? "h2" : h.level() == 2 ? "h3" : "p",
                        "level" + h.level(), null, null, h.fullText()));
                case Block.Paragraph p -> views.add(p.lead() == null
                        ? BlockView.text("p", "body", null, null, p.text())
                        : BlockView.text("p", "body", "lead" + p.lead().level(), p.lead().fullText(), p.text()));
                case Block.Attachments a -> views.add(new BlockView("attachments", "attachments", null, null, null,
                        Wording.attachmentNote(a.items()), List.of(), 0));
                case Block.Table t -> views.add(new BlockView("table", "table", null, null, null, List.of(), t.rows(), t.headerRows()));
                case Block.Note n -> views.add(BlockView.text("p", "note", null, null, n.text()));
                case Block.Chapter c -> views.add(BlockView.text("h3", "chapter", null, null, Wording.chapterLine(c)));
                case Block.Article a -> views.add(BlockView.text("p", "body article", "lead", Wording.articleHead(a),
                        Wording.articleText(a)));
                case Block.Figure f -> views.add(new BlockView("figure", "figure", null, null, f.caption(), List.of(), List.of(), 0,
                        FigureView.of(f, composed.figure(f), style)));
            }
        }
        return views;
    }

    /**
     * One block as the template prints it. {@code kind}: h2, h3, p, attachments or table;
     * {@code lead} is the run-in heading sentence, printed in its level's face ({@code leadClass}).
     */
    public record BlockView(String kind, String cssClass, String leadClass, String lead, String text,
                            List<Wording.AttachmentLine> items, List<List<String>> rows, int headerRows, FigureView figure) {
        static BlockView text(String kind, String cssClass, String leadClass, String lead, String text) {
            return new BlockView(kind, cssClass, leadClass, lead, text, List.of(), List.of(), 0, null);
        }

        BlockView(String kind, String cssClass, String leadClass, String lead, String text,
                  List<Wording.AttachmentLine> items, List<List<String>> rows, int headerRows) {
            this(kind, cssClass, leadClass, lead, text, items, rows, headerRows, null);
        }
    }

    /**
     * A figure's picture in the page: the image inline as a data: URI, its alt text as every output's
     * ({@link Wording#figureAlt}), its
     * width the share of the type area the composition gave it (so it scales with the column, never
     * wider than it).
     */
    public record FigureView(String src, String alt, String width) {
        static FigureView of(Block.Figure f, ComposedDocument.FigureBox box, HouseStyle style) {
            double share = style == null ? 100 : Math.min(100, 100 * box.widthPt() / style.page().typeAreaWidthPt());
            return new FigureView("data:" + f.mediaType() + ";base64," + Base64.getEncoder().encodeToString(f.data()),
                    Wording.figureAlt(f), String.format(Locale.ROOT, "%.1f%%", share));
        }
    }

    public record AppendixView(String label, String title, List<BlockView> blocks) {}
}
