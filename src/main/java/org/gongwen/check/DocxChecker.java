package org.gongwen.check;

import org.gongwen.style.HouseStyle;
import org.gongwen.style.Role;

import java.util.List;

/**
 * Checks a DOCX against GB/T 9704 and a house style, reading it as Word shows it (styles,
 * document defaults and direct formatting resolved together). Stateless and thread-safe.
 */
public final class DocxChecker {

    /** One kind of check over a read document. */
    interface Check {
        void run(DocxDocument doc, Role[] roles, HouseStyle house, FindingList out);
    }

    private static final List<Check> CHECKS = List.of(
            new PageChecks(),
            new FaceChecks(),
            new ParagraphLayoutChecks(),
            new TitleChecks(),
            new NumberingChecks(),
            new PunctuationChecks(),
            new DateChecks(),
            new SignatureChecks(),
            new PageNumberChecks(),
            new RedHeaderChecks());

    /**
     * The findings for a DOCX, in document order per check.
     *
     * @throws org.gongwen.model.BadInputException (code docx-unreadable) when the bytes are not a DOCX
     */
    public List<Finding> check(byte[] docx, HouseStyle expected) {
        DocxDocument doc = DocxDocument.read(docx);
        Role[] roles = new Classifier(expected).classify(doc.paragraphs);
        FindingList out = new FindingList();
        for (Check c : CHECKS) c.run(doc, roles, expected, out);
        return out.toList();
    }
}
