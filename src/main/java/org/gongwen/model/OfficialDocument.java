package org.gongwen.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One official document (公文), whatever it was read from and whatever it will be written to.
 * Its JSON form (field names fixed) is the contract of the CLI and of the HTTP API.
 *
 * @param title       标题
 * @param titleNote   题注: the bracketed line under the title of a 决定, 条例 or 办法 that says when and by whom it
 *                    was adopted, e.g. （2024年3月1日某某县第十八届人民代表大会常务委员会第十五次会议通过）, brackets
 *                    included; null for none
 * @param docNumber   发文字号, e.g. 钟卫健发〔2025〕12号
 * @param recipients  主送机关, without the trailing colon
 * @param issuers     发文机关; printed as the signature (署名), one line each
 * @param date        成文日期
 * @param publishDate the portal's 发布时间, kept as metadata only
 * @param source      the portal's 来源
 * @param cc          抄送 (版记)
 * @param printer     印发机关 (版记)
 * @param printDate   印发日期 (版记)
 * @param blocks      the body, in order
 * @param appendices  attached documents, each laid out from a new page
 * @param warnings    what the importer noticed and did not guess
 */
public record OfficialDocument(
        String title,
        String titleNote,
        String docNumber,
        String recipients,
        List<String> issuers,
        LocalDate date,
        LocalDate publishDate,
        String source,
        String cc,
        String printer,
        LocalDate printDate,
        List<Block> blocks,
        List<Appendix> appendices,
        List<Warning> warnings) {

    public OfficialDocument {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        appendices = appendices == null ? List.of() : List.copyOf(appendices);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder(new OfficialDocument(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null));
    }

    /** The headings of every level, in order (appendices excluded). */
    public List<Block.Heading> headings() {
        return blocks.stream().filter(Block.Heading.class::isInstance).map(Block.Heading.class::cast).toList();
    }

    /** Mutable helper for importers and metadata overrides; the record itself stays immutable. */
    public static final class Builder {
        private String title, titleNote, docNumber, recipients, source, cc, printer;
        private List<String> issuers;
        private LocalDate date, publishDate, printDate;
        private List<Block> blocks;
        private List<Appendix> appendices;
        private List<Warning> warnings;

        private Builder(OfficialDocument d) {
            title = d.title; titleNote = d.titleNote; docNumber = d.docNumber; recipients = d.recipients; issuers = d.issuers;
            date = d.date; publishDate = d.publishDate; source = d.source; cc = d.cc;
            printer = d.printer; printDate = d.printDate; blocks = d.blocks; appendices = d.appendices;
            warnings = d.warnings;
        }

        public Builder title(String v) { title = v; return this; }
        public Builder titleNote(String v) { titleNote = v; return this; }
        public Builder docNumber(String v) { docNumber = v; return this; }
        public Builder recipients(String v) { recipients = v; return this; }
        public Builder issuers(List<String> v) { issuers = v; return this; }
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder publishDate(LocalDate v) { publishDate = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder cc(String v) { cc = v; return this; }
        public Builder printer(String v) { printer = v; return this; }
        public Builder printDate(LocalDate v) { printDate = v; return this; }
        public Builder blocks(List<Block> v) { blocks = v; return this; }
        public Builder appendices(List<Appendix> v) { appendices = v; return this; }
        public Builder warnings(List<Warning> v) { warnings = v; return this; }

        public OfficialDocument build() {
            return new OfficialDocument(title, titleNote, docNumber, recipients, issuers, date, publishDate, source,
                    cc, printer, printDate, blocks, appendices, warnings);
        }
    }
}
