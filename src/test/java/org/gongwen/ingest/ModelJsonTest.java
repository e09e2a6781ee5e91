package org.gongwen.ingest;

import org.gongwen.testing.SharedSamples;
import org.gongwen.model.Appendix;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.Block;
import org.gongwen.model.ModelJson;
import org.gongwen.model.OfficialDocument;
import org.gongwen.model.Warning;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelJsonTest {

    static OfficialDocument everyKindOfBlock() {
        return OfficialDocument.builder()
                .title("上海市生态环境局 上海市规划和自然资源局关于更新名录的函")
                .docNumber("沪环土〔2026〕12号").recipients("各区人民政府，各有关单位")
                .issuers(List.of("上海市生态环境局", "上海市规划和自然资源局"))
                .date(LocalDate.of(2026, 7, 21)).publishDate(LocalDate.of(2026, 7, 22)).source("本网")
                .cc("市政府办公厅").printer("上海市生态环境局办公室").printDate(LocalDate.of(2026, 7, 21))
                .blocks(List.of(new Block.Heading(1, "一、", "主要举措及成效"),
                        new Block.Paragraph(new Block.Lead(2, "（一）", "强化法治学习。"), "坚持……"),
                        new Block.Paragraph("特此函告。"),
                        new Block.Attachments(List.of("名录（截至2026年6月30日）", "移出清单")),
                        new Block.Table(List.of(List.of("序号", "地块"), List.of("1", "某地块")), 1),
                        new Block.Note("（此件公开发布）")))
                .appendices(List.of(new Appendix("某某管理办法", List.of(new Block.Chapter("第一章", "总则"),
                        new Block.Article("第一条", "目的和依据", ""), new Block.Article("第二条", null, "本办法适用于……")))))
                .warnings(List.of(new Warning("numbering-gap", "一级标题从“二、”跳到“四、”，缺少“三、”")))
                .build();
    }

    @Test
    void writeThenReadGivesTheSameDocument() {
        OfficialDocument doc = everyKindOfBlock();
        String json = ModelJson.write(doc);
        assertThat(ModelJson.read(json)).isEqualTo(doc);
        assertThat(ModelJson.write(ModelJson.read(json))).isEqualTo(json);
    }

    @Test
    void samplesRoundTripThroughJson() throws IOException {
        for (String name : List.of("zijin-health-2025-rule-of-law-report.txt", "fengxian-sponge-city-measures-notice.txt")) {
            OfficialDocument doc = Importers.read(name, SharedSamples.bytes(name));
            byte[] json = ModelJson.write(doc).getBytes(StandardCharsets.UTF_8);
            assertThat(Importers.read("doc.json", json)).isEqualTo(doc);
        }
    }

    @Test
    void fieldsComeInTheContractOrderWithIsoDates() {
        String json = ModelJson.write(everyKindOfBlock());
        List<String> keys = List.of("\"title\"", "\"docNumber\"", "\"recipients\"", "\"issuers\"", "\"date\"",
                "\"publishDate\"", "\"source\"", "\"blocks\"", "\"appendices\"", "\"warnings\"");
        int last = -1;
        for (String k : keys) {
            int at = json.indexOf(k);
            assertThat(at).as(k).isGreaterThan(last);
            last = at;
        }
        assertThat(json).contains("\"date\" : \"2026-07-21\"", "\"type\" : \"heading\"", "\"type\" : \"paragraph\"",
                "\"type\" : \"attachments\"", "\"type\" : \"article\"", "\"caption\" : \"目的和依据\"");
        // a paragraph without lead has no lead field; absent metadata is an explicit null
        assertThat(json).contains("{\n    \"type\" : \"paragraph\",\n    \"text\" : \"特此函告。\"\n  }");
        assertThat(ModelJson.write(OfficialDocument.builder().build())).contains("\"docNumber\" : null");
    }

    @Test
    void theIssueExampleReads() {
        OfficialDocument d = ModelJson.read("""
                {"title": "关于……的函", "docNumber": null, "recipients": "各区人民政府，各有关单位",
                 "issuers": ["上海市生态环境局", "上海市规划和自然资源局"], "date": "2026-07-21", "publishDate": null, "source": null,
                 "blocks": [{"type": "heading", "level": 1, "label": "一、", "text": "主要举措及成效"},
                            {"type": "paragraph", "lead": {"level": 2, "label": "（一）", "text": "强化法治学习。"}, "text": "坚持……"},
                            {"type": "attachments", "items": ["……名录（截至2026年6月30日）", "……"]}],
                 "appendices": [{"title": "奉贤区海绵城市规划建设管理办法", "blocks": []}],
                 "warnings": [{"code": "numbering-gap", "message": "一级标题从“二、”跳到“四、”，缺少“三、”"}]}
                """);
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(d.blocks()).hasSize(3).first().isEqualTo(new Block.Heading(1, "一、", "主要举措及成效"));
        assertThat(d.appendices()).extracting(Appendix::title).containsExactly("奉贤区海绵城市规划建设管理办法");
    }

    @Test
    void malformedJsonIsABadInputWithAPosition() {
        assertThatThrownBy(() -> ModelJson.read("{\"title\": \"x\", "))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("json-invalid");
                    assertThat(e.fault()).isEqualTo(Fault.UNREADABLE);
                    assertThat(e.messageZh()).contains("第 1 行", "JSON 语法错误");
                });
        assertThatThrownBy(() -> ModelJson.read("{\"title\": [1]}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.messageZh()).contains("字段“title”的类型不对"));
        assertThatThrownBy(() -> ModelJson.read("{\"blocks\": [{\"type\": \"note\", \"text\": \"x\"}, {\"type\": \"poem\"}]}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.messageZh()).contains("未知的块类型“poem”"));
        assertThatThrownBy(() -> ModelJson.read("{\"title\": \"x\", \"date\": \"2025-13-01\"}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.messageZh()).contains("“date”", "2025-13-01"));
        assertThatThrownBy(() -> ModelJson.read("{\"blocks\": [{\"type\": \"heading\", \"level\": 9, \"text\": \"x\"}]}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.messageZh()).contains("blocks[0]"));
        assertThatThrownBy(() -> ModelJson.read("{\"blocks\": [{\"type\": \"poem\", \"text\": \"x\"}]}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("json-invalid"));
        assertThatThrownBy(() -> ModelJson.read("{\"titel\": \"typo\"}"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.messageZh()).contains("未知字段“titel”"));
        assertThatThrownBy(() -> ModelJson.read("  "))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("json-empty"));
        assertThatThrownBy(() -> ModelJson.read("null"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("json-invalid"));
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String deep = "{\"title\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> ModelJson.read(deep))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.code()).isEqualTo("json-too-deep"));
    }
}
