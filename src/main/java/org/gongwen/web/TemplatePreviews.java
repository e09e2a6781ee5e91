package org.gongwen.web;

import org.gongwen.TemplateInfo;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Renderer renderer;
    private final Map<String, String> firstPages = new ConcurrentHashMap<>();

    public TemplatePreviews(Renderer renderer) {
        this.renderer = renderer;
    }

    /** Template id → PNG data: URI of the specimen's first page (absent when it cannot be typeset). */
    public Map<String, String> firstPages(List<TemplateInfo> templates) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (TemplateInfo t : templates) {
            if (!t.valid()) continue;
            String page = firstPages.get(t.id());
            if (page == null) {
                page = typeset(t.id());
                if (page != null) firstPages.put(t.id(), page);
            }
            if (page != null) pages.put(t.id(), page);
        }
        return pages;
    }

    public void forget(String templateId) {
        firstPages.remove(templateId);
    }

    private String typeset(String templateId) {
        try {
            List<String> images = renderer.preview(SPECIMEN, templateId).pageImages();
            return images.isEmpty() ? null : images.getFirst();
        } catch (RuntimeException e) {
            return null; // the page says "no preview"; tried again next time
        }
    }
}
