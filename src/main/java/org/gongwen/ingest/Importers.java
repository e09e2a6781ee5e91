package org.gongwen.ingest;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.model.OfficialDocument;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The entry to ingest: any supported input becomes one {@link OfficialDocument}. Chooses the
 * importer by file extension: .txt, .md/.markdown, .docx, .json.
 */
public final class Importers {
    private Importers() {}

    public static OfficialDocument read(String fileName, byte[] content) {
        return read(fileName, content, ImportLimits.DEFAULT);
    }

    public static OfficialDocument read(String fileName, byte[] content, ImportLimits limits) {
        return read(fileName, content, limits, null);
    }

    /**
     * Reads a file whose pictures, where its format names them by file (Markdown's
     * {@code ![说明](图/组织架构.png)}), are in {@code folder}: the file's own folder on the command
     * line; null where there is none (an upload, pasted text), and such pictures are warned about.
     */
    public static OfficialDocument read(String fileName, byte[] content, ImportLimits limits, Path folder) {
        if (content == null) content = new byte[0];
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return checked(limits, switch (ext) {
            case "txt", "text" -> TextImporter.read(content, limits);
            case "md", "markdown" -> MarkdownImporter.read(content, limits, folder);
            case "docx" -> DocxImporter.read(content, limits);
            case "json" -> JsonImporter.read(content, limits);
            default -> throw new BadInputException(Fault.UNSUPPORTED, "unsupported-format",
                    "不支持的文件类型“" + (ext.isEmpty() ? fileName : "." + ext) + "”：请上传 .txt、.md、.docx 或 .json 文件",
                    "unsupported file type '" + (ext.isEmpty() ? fileName : "." + ext) + "': use .txt, .md, .docx or .json");
        });
    }

    /** Text pasted into a form. */
    public static OfficialDocument readText(String text, ImportLimits limits) {
        return checked(limits, TextImporter.read(text == null ? "" : text, limits));
    }

    /** Every document ingest makes passes the limits on what a writer can be asked to write. */
    private static OfficialDocument checked(ImportLimits limits, OfficialDocument document) {
        limits.checkDocument(document);
        return document;
    }
}
