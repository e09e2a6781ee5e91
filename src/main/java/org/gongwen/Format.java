package org.gongwen;

/** An output gongwen writes. */
public enum Format {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html;charset=UTF-8");

    public final String extension;
    public final String contentType;

    Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }
}
