package org.gongwen.html;

import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.gongwen.style.HouseStyle;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.LocalDate;
import java.util.ArrayList;
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

    /** A complete HTML page. {@code style} may be null: the portal's defaults apply. */
    public String page(OfficialDocument document, HouseStyle style) {
        return engine.process(TEMPLATE, context(document, style));
    }

    /** The article alone, for a CMS to embed in its own page. */
    public String fragment(OfficialDocument document, HouseStyle style) {
        return engine.process(TEMPLATE, Set.of("article"), context(document, style));
    }

    private static Context context(OfficialDocument d, HouseStyle style) {
        Context ctx = new Context(Locale.SIMPLIFIED_CHINESE);
        ctx.setVariable("title", d.title() == null ? "" : d.title());
        ctx.setVariable("docNumber", d.docNumber());
        ctx.setVariable("recipients", d.recipients());
        ctx.setVariable("published", chineseDate(d.publishDate() != null ? d.publishDate() : d.date()));
        ctx.setVariable("source", d.source() != null ? d.source() : d.issuers().isEmpty() ? null : String.join("、", d.issuers()));
        ctx.setVariable("blocks", views(d.blocks()));
        ctx.setVariable("issuers", d.issuers());
        ctx.setVariable("date", chineseDate(d.date()));
        ctx.setVariable("notes", d.blocks().stream().filter(Block.Note.class::isInstance)
                .map(b -> ((Block.Note) b).text()).toList());
        List<AppendixView> appendices = new ArrayList<>();
        for (int i = 0; i < d.appendices().size(); i++) {
            Appendix a = d.appendices().get(i);
            appendices.add(new AppendixView(d.appendices().size() == 1 ? "附件" : "附件" + (i + 1), a.title(), views(a.blocks())));
        }
        ctx.setVariable("appendices", appendices);
        ctx.setVariable("css", PortalCss.of(style));
        return ctx;
    }

    /** Dates as 公文 write them: 2025年1月20日, no zero padding. */
    static String chineseDate(LocalDate date) {
        return date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static List<BlockView> views(List<Block> blocks) {
        List<BlockView> views = new ArrayList<>();
        for (Block block : blocks) {
            switch (block) {
                case Block.Heading h -> views.add(BlockView.text(h.level() == 1 ? "h2" : h.level() == 2 ? "h3" : "p",
                        "level" + h.level(), null, null, h.fullText()));
                case Block.Paragraph p -> views.add(p.lead() == null
                        ? BlockView.text("p", "body", null, null, p.text())
                        : BlockView.text("p", "body", "lead" + p.lead().level(), p.lead().fullText(), p.text()));
                case Block.Attachments a -> views.add(new BlockView("attachments", "attachments", null, null, null, a.items(), List.of(), 0));
                case Block.Table t -> views.add(new BlockView("table", "table", null, null, null, List.of(), t.rows(), t.headerRows()));
                case Block.Note n -> { } // printed after the date, with the signature
                case Block.Chapter c -> views.add(BlockView.text("h3", "chapter", null, null, c.label() + "　" + c.text()));
                case Block.Article a -> views.add(BlockView.text("p", "body article", "lead",
                        a.caption() == null ? a.label() : a.label() + "　" + a.caption(), "　" + a.text()));
            }
        }
        return views;
    }

    /**
     * One block as the template prints it. {@code kind}: h2, h3, p, attachments or table;
     * {@code lead} is the run-in heading sentence, printed in its level's face ({@code leadClass}).
     */
    public record BlockView(String kind, String cssClass, String leadClass, String lead, String text,
                            List<String> items, List<List<String>> rows, int headerRows) {
        static BlockView text(String kind, String cssClass, String leadClass, String lead, String text) {
            return new BlockView(kind, cssClass, leadClass, lead, text, List.of(), List.of(), 0);
        }
    }

    public record AppendixView(String label, String title, List<BlockView> blocks) {}
}
