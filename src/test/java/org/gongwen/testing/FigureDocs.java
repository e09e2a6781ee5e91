package org.gongwen.testing;

import org.gongwen.model.Appendix;
import org.gongwen.model.Block;
import org.gongwen.model.OfficialDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents with figures (issue 15) for the writers' tests: an organisation chart as wide as the type
 * area, a tall picture that must be made smaller to fit a page with its caption, a small one that keeps
 * its size, a picture without a caption, one in an appendix; and one whose picture does not fit at the
 * foot of its page and moves, with its caption, to the next.
 */
public final class FigureDocs {
    private FigureDocs() {}

    public static final byte[] CHART = TestImages.orgChart(1600, 900);
    public static final byte[] TALL = TestImages.orgChartJpeg(600, 1400);
    public static final byte[] SMALL = TestImages.orgChartTransparent(120, 60);

    public static OfficialDocument figures() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph("经研究，本局内设机构调整如下图所示。"));
        blocks.add(new Block.Figure("图1　某某局组织架构图", Block.Figure.PNG, 0, 0, CHART));
        for (int i = 1; i <= 6; i++) {
            blocks.add(new Block.Paragraph("各科室要按照新的职责分工认真履职，加强协作配合，确保各项工作有序衔接、落到实处（" + i + "）。"));
        }
        blocks.add(new Block.Figure("图2　办公楼平面示意图", Block.Figure.JPEG, 0, 0, TALL));
        blocks.add(new Block.Figure("图3　标识", Block.Figure.PNG, 0, 0, SMALL));
        blocks.add(new Block.Figure("", Block.Figure.PNG, 0, 0, SMALL));
        blocks.add(new Block.Paragraph("特此通知。"));
        return OfficialDocument.builder().title("关于调整某某局内设机构的通知").docNumber("某政发〔2025〕3号").recipients("各科室")
                .issuers(List.of("某某局")).date(LocalDate.of(2025, 4, 1)).blocks(blocks)
                .appendices(List.of(new Appendix("各科室职责", List.of(new Block.Paragraph("综合科负责日常运转。"),
                        new Block.Figure("附图　综合科岗位设置", Block.Figure.PNG, 0, 0, TestImages.orgChart(800, 600))))))
                .build();
    }

    /** Fifteen lines of text, then a chart of nine lines with its caption: it cannot stay on page 1. */
    public static OfficialDocument movesToTheNextPage() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            blocks.add(new Block.Paragraph("各科室要按照新的职责分工认真履职，加强协作配合，确保各项工作有序衔接、落到实处（" + i + "）。"));
        }
        blocks.add(new Block.Figure("图1　某某局组织架构图", Block.Figure.PNG, 0, 0, CHART));
        blocks.add(new Block.Paragraph("特此通知。"));
        return OfficialDocument.builder().title("关于调整某某局内设机构的通知").recipients("各科室")
                .issuers(List.of("某某局")).date(LocalDate.of(2025, 4, 1)).blocks(blocks).build();
    }
}
