package org.gongwen.web;

import org.gongwen.check.Finding;
import org.gongwen.Gongwen;
import org.gongwen.Overrides;
import org.gongwen.model.Appendix;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Block;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a request carries (an uploaded file, pasted text or the model's JSON, plus metadata
 * fields) into an {@link OfficialDocument}, within the configured limits.
 */
@Component
public class DocumentInput {
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private final Gongwen gongwen;
    private final WebLimits limits;
    private final Renderer renderer;

    public DocumentInput(Gongwen gongwen, WebLimits limits, Renderer renderer) {
        this.gongwen = gongwen;
        this.limits = limits;
        this.renderer = renderer;
    }

    /** Reads an upload, or else pasted text; exactly one of them must carry content. */
    public OfficialDocument read(MultipartFile file, String text) {
        OfficialDocument document;
        if (file != null && !file.isEmpty()) {
            document = gongwen.read(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), bytes(file));
        } else if (text != null && !text.isBlank()) {
            checkCharacters(text.length());
            document = gongwen.readText(text);
        } else {
            throw new BadInputException(Fault.UNREADABLE, "no-content",
                    "没有收到内容：请粘贴公文文本，或上传 .txt、.md、.docx、.json 文件。",
                    "No content: paste the text or upload a .txt, .md, .docx or .json file.");
        }
        checkCharacters(characters(document));
        return document;
    }

    /** The checker's findings for an uploaded draft; the check is admitted and timed like a render. */
    public List<Finding> check(MultipartFile file, String templateId) {
        if (file == null || file.isEmpty()) {
            throw new BadInputException(Fault.UNREADABLE, "no-content", "请上传要检查的 .docx 或 .pdf 文件。", "Upload the .docx or .pdf to check.");
        }
        return renderer.check(file.getOriginalFilename(), bytes(file), templateId);
    }

    /** Reads the model's JSON form. */
    public OfficialDocument readJson(String json) {
        if (json == null || json.isBlank()) {
            throw new BadInputException(Fault.UNREADABLE, "no-content", "请求体为空：请发送公文的 JSON。",
                    "Empty body: send the document's JSON.");
        }
        // the review form carries a document its upload made, pictures in base64: a third larger than the
        // upload was (an API body never passes max-upload: BodyLimitFilter)
        if (json.length() > Math.max(limits.maxUpload().toBytes(), limits.maxReviewForm().toBytes())) throw limits.uploadTooLarge();
        OfficialDocument document = gongwen.fromJson(json);
        checkCharacters(characters(document));
        return document;
    }

    /** A document made from the clerk's corrections, once it is within the same limits as any input. */
    public OfficialDocument admit(OfficialDocument document) {
        checkCharacters(characters(document));
        return gongwen.admit(document);
    }

    /** Metadata fields of a form or query; absent fields keep what was detected. */
    public static Overrides overrides(String title, String issuer, String date, String docNumber, String recipients) {
        List<String> issuers = issuer == null ? null
                : Arrays.stream(issuer.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Overrides(title, issuers, parseDate(date), docNumber, recipients);
    }

    /** 2025-01-20 or 2025年1月20日; blank means "keep". */
    static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) return null;
        String d = date.strip();
        try {
            Matcher m = CHINESE_DATE.matcher(d);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            return LocalDate.parse(d);
        } catch (DateTimeException e) {
            throw new BadInputException(Fault.INVALID, "bad-date",
                    "日期“" + shorten(d) + "”无法识别：请写成 2025-01-20 或 2025年1月20日。",
                    "Unreadable date: write 2025-01-20 or 2025年1月20日.");
        }
    }

    byte[] bytes(MultipartFile file) {
        if (file.getSize() > limits.maxUpload().toBytes()) throw limits.uploadTooLarge();
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new BadInputException(Fault.UNREADABLE, "upload-unreadable", "上传的文件没有完整收到，请重新上传。",
                    "The upload could not be read; please upload it again.", e);
        }
    }

    private void checkCharacters(long count) {
        if (count > limits.maxCharacters()) {
            throw new BadInputException(Fault.TOO_LARGE, "too-many-characters",
                    "内容太长：共 " + count + " 字，最多 " + limits.maxCharacters() + " 字。请拆分为几份公文。",
                    "Too long: " + count + " characters, the limit is " + limits.maxCharacters() + ".");
        }
    }

    private static long characters(OfficialDocument d) {
        long n = len(d.title());
        n += characters(d.blocks());
        for (Appendix a : d.appendices()) n += len(a.title()) + characters(a.blocks());
        return n;
    }

    private static long characters(List<Block> blocks) {
        long n = 0;
        for (Block b : blocks) {
            n += switch (b) {
                case Block.Heading h -> h.fullText().length();
                case Block.Paragraph p -> p.fullText().length();
                case Block.Attachments a -> a.items().stream().mapToLong(String::length).sum();
                case Block.Table t -> t.rows().stream().flatMap(List::stream).mapToLong(String::length).sum();
                case Block.Note note -> len(note.text());
                case Block.Chapter c -> len(c.label()) + len(c.text());
                case Block.Article a -> len(a.label()) + len(a.caption()) + a.text().length();
                case Block.Figure f -> f.caption().length();
            };
        }
        return n;
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
