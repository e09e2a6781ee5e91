package org.gongwen.check;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.style.HouseStyle;

import java.util.List;

/** Checks a DOCX or a PDF, told apart by their first bytes (a DOCX is a ZIP, a PDF starts with %PDF). */
public final class Checker {
    private final DocxChecker docx = new DocxChecker();
    private final PdfChecker pdf = new PdfChecker();

    /**
     * @throws BadInputException {@code check-unsupported} (UNSUPPORTED) for anything else; {@code docx-unreadable}
     *                           or {@code pdf-unreadable} (UNREADABLE) for a damaged file
     */
    public List<Finding> check(byte[] content, HouseStyle expected) {
        if (startsWith(content, "%PDF")) return pdf.check(content, expected);
        if (startsWith(content, "PK")) return docx.check(content, expected);
        throw new BadInputException(Fault.UNSUPPORTED, "check-unsupported", "只能检查Word文档（.docx）或PDF文件；.doc 请先在Word中另存为 .docx",
                "only .docx and .pdf files can be checked");
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b == null || b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if (b[i] != magic.charAt(i)) return false;
        return true;
    }
}
