package org.gongwen.web;

import org.gongwen.TemplateInfo;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The first page of a short specimen document typeset with each template, for the templates page.
 * Made once per template and kept; dropped when the template changes.
 */
@Component
public class TemplatePreviews {
    private static final OfficialDocument SPECIMEN = OfficialDocument.builder()
            .title("关于做好2025年度法治政府建设工作的通知")
            .docNumber("示例〔2025〕1号")
            .recipients("各科室、各直属单位")
            .issuers(List.of("示例市卫生健康局"))
            .date(LocalDate.of(2025, 1, 20))
            .blocks(List.of(
                    new Block.Paragraph("为深入贯彻落实法治政府建设要求，现就有关事项通知如下。"),
                    new Block.Heading(1, "一、", "提高思想认识"),
                    new Block.Paragraph(new Block.Lead(2, "（一）", "强化法治学习。"),
                            "各单位要把法治学习纳入年度计划，每季度至少组织一次集中学习。"),
                    new Block.Heading(2, "（二）", "规范执法行为"),
                    new Block.Paragraph("严格落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。"),
                    new Block.Heading(1, "二、", "工作要求"),
                    new Block.Paragraph("请于2025年12月31日前报送年度工作情况。"),
                    new Block.Attachments(List.of("2025年度法治政府建设工作要点"))))
            .build();

    /**
     * The specimen lengthened to a second page, with a 版记: an adopted template is shown on both
     * pages, so that the even page's number and the last page's foot can be seen before it is published.
     */
    private static final OfficialDocument TWO_PAGES = SPECIMEN.toBuilder()
            .blocks(twoPages())
            .cc("市人民政府办公室")
            .printer("示例市卫生健康局办公室")
            .printDate(LocalDate.of(2025, 1, 20))
            .build();

    /** Pages of an adopted template shown before it is published. */
    static final int ADOPTED_PAGES = 2;

    private final Renderer renderer;
    private final Map<String, String> firstPages = new ConcurrentHashMap<>();

    public TemplatePreviews(Renderer renderer) {
        this.renderer = renderer;
    }

    /**
     * Template id → PNG data: URI of the specimen's first page (absent when it cannot be typeset). Kept by
     * id and version, so a version published on another replica is shown as it is; pages of versions no
     * longer listed are let go.
     */
    public Map<String, String> firstPages(List<TemplateInfo> templates) {
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> listed = new HashSet<>();
        for (TemplateInfo t : templates) {
            if (!t.valid()) continue;
            String key = t.id() + "@" + t.version();
            listed.add(key);
            String page = firstPages.get(key);
            if (page == null) {
                page = first(renderer::preview, t.id());
                if (page != null) firstPages.put(key, page);
            }
            if (page != null) pages.put(t.id(), page);
        }
        firstPages.keySet().retainAll(listed);
        return pages;
    }

    /** The two-page specimen typeset with a template not yet published (an adopted one), as PNG data: URIs. */
    public Renderer.Preview adopted(String templateId, byte[] templateDocx) {
        return renderer.preview(TWO_PAGES, templateId, templateDocx, ADOPTED_PAGES);
    }

    /** The specimen's first page typeset with one kept version of a template (a history's comparison), or null. */
    public String version(String templateId, byte[] templateDocx) {
        return first((document, id) -> renderer.preview(document, id, templateDocx, 1), templateId);
    }

    private static List<Block> twoPages() {
        List<Block> blocks = new ArrayList<>(SPECIMEN.blocks().subList(0, SPECIMEN.blocks().size() - 1));
        blocks.add(new Block.Heading(1, "三、", "保障措施"));
        for (String[] lead : new String[][]{
                {"（一）", "加强组织领导。", "各单位主要负责人要切实履行推进法治建设第一责任人职责，把法治政府建设摆在全局工作的重要位置，与业务工作同部署、同推进、同督促、同考核。"},
                {"（二）", "强化督促检查。", "局办公室要会同有关科室，采取定期检查与随机抽查相结合的方式，对各单位落实情况进行督促检查，检查结果纳入年度绩效考核。"},
                {"（三）", "注重宣传引导。", "各单位要充分利用门户网站、政务新媒体等渠道，及时宣传法治政府建设的新举措新成效，营造良好的法治氛围。"},
                {"（四）", "做好信息报送。", "各单位要明确一名信息联络员，及时报送工作进展、经验做法和存在的问题，确保各项任务按期完成。"}}) {
            blocks.add(new Block.Paragraph(new Block.Lead(2, lead[0], lead[1]), lead[2]));
        }
        blocks.add(SPECIMEN.blocks().getLast()); // the 附件说明 stays last
        return blocks;
    }

    private static String first(BiFunction<OfficialDocument, String, Renderer.Preview> typeset, String templateId) {
        try {
            List<String> images = typeset.apply(SPECIMEN, templateId).pageImages();
            return images.isEmpty() ? null : images.getFirst();
        } catch (RuntimeException e) {
            return null; // the page says "no preview"; tried again next time
        }
    }
}
