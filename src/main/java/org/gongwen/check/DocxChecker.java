package org.gongwen.check;

import org.gongwen.ooxml.DocxPackage;
import org.gongwen.model.RenderCancelled;
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

    private final long maxUnpackedBytes;

    /** Checks packages that unpack to at most {@link DocxPackage#DEFAULT_MAX_UNPACKED_BYTES}. */
    public DocxChecker() {
        this(DocxPackage.DEFAULT_MAX_UNPACKED_BYTES);
    }

    /** @param maxUnpackedBytes what a package may unpack to, all its parts together */
    public DocxChecker(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /**
     * The findings for a DOCX, in document order per check. Stops with {@link RenderCancelled} when
     * its thread is interrupted (the service's time limit).
     *
     * @throws org.gongwen.model.BadInputException when the bytes are not a readable DOCX: the package's
     *         codes ({@link DocxPackage#read(byte[], long)}), {@code docx-unreadable} (UNREADABLE) for a package
     *         that is not a word-processing document
     */
    public List<Finding> check(byte[] docx, HouseStyle expected) {
        DocxDocument doc = DocxDocument.read(docx, maxUnpackedBytes);
        Role[] roles = new Classifier(expected).classify(doc.paragraphs);
        FindingList out = new FindingList();
        for (Check c : CHECKS) {
            RenderCancelled.checkInterrupted();
            c.run(doc, roles, expected, out);
        }
        return out.toList();
    }
}
