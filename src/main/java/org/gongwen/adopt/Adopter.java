package org.gongwen.adopt;

import org.gongwen.model.BadInputException;

/**
 * Adopts a bureau's own official document (its 红头 file, last year's report) as a house template:
 * finds each role's paragraph, learns its formatting, keeps the letterhead as it is, turns the
 * content into placeholders, takes what the document lacks from GB/T 9704, and reports it all.
 */
public final class Adopter {
    private Adopter() {}

    /**
     * Adopts {@code docx} as the template {@code templateId}.
     *
     * @throws BadInputException the package's own refusals ({@code DocxPackage.read}); {@code adopt-no-title}
     *         or {@code adopt-no-body} (INVALID) when the document has no title or no body text to learn from
     */
    public static Adoption adopt(String templateId, byte[] docx, long maxUnpackedBytes) {
        throw new UnsupportedOperationException("in progress");
    }
}
