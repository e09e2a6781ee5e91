package org.gongwen;

import java.time.LocalDate;
import java.util.List;

/**
 * Metadata a clerk sets over what gongwen detected. A null field keeps the detected value;
 * an empty string (or empty issuer list) clears it.
 */
public record Overrides(String title, List<String> issuers, LocalDate date, String docNumber, String recipients) {
    public Overrides {
        issuers = issuers == null ? null : List.copyOf(issuers);
    }

    public boolean isEmpty() {
        return title == null && issuers == null && date == null && docNumber == null && recipients == null;
    }
}
