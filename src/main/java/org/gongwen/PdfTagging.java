package org.gongwen;

/**
 * Whether gongwen's PDF carries its logical structure. Tagged (the default) conforms to PDF/UA-1 and
 * PDF/A-2a: a screen reader reads the title, headings, paragraphs, lists and tables in order and skips
 * page numbers and rules. Untagged is PDF/A-2b, for a portal system that cannot take tagged files.
 * The other formats ignore it.
 */
public enum PdfTagging {
    TAGGED, UNTAGGED
}
