package org.gongwen.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes, in place and with the same length (so the cross-reference offsets stay valid), what
 * OpenPDF writes that gongwen does not want:
 * <ul>
 * <li>font-subset prefixes and the file identifier drawn from a random source: replaced by values
 *     that depend only on the content, so the same layout gives the same bytes;</li>
 * <li>the CIDSet of each subset font, which lists fewer CIDs than the subset CFF program keeps
 *     (PDF/A-2 rule 6.2.11.4.2-2): the reference is blanked out; CIDSet is optional in PDF/A-2.</li>
 * </ul>
 */
final class PdfFixups {
    private static final Pattern CIDSET = Pattern.compile("/CIDSet \\d+ 0 R");
    private static final Pattern SUBSET = Pattern.compile("/([A-Z]{6})\\+");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*]");

    private PdfFixups() {}

    static byte[] fix(byte[] pdf) {
        // ISO-8859-1 maps bytes to chars one to one, so string offsets are byte offsets.
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        s = CIDSET.matcher(s).replaceAll(r -> " ".repeat(r.group().length()));
        Map<String, String> prefixes = new LinkedHashMap<>();
        Matcher m = SUBSET.matcher(s);
        while (m.find()) prefixes.computeIfAbsent(m.group(1), p -> prefix(prefixes.size()));
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            s = s.replace("/" + e.getKey() + "+", "/" + e.getValue() + "+");
        }
        Matcher id = ID.matcher(s);
        if (id.find()) {
            String blank = "0".repeat(id.group(1).length());
            String withoutId = s.substring(0, id.start(1)) + blank + s.substring(id.end(1), id.start(2))
                    + "0".repeat(id.group(2).length()) + s.substring(id.end(2));
            String hash = digest(withoutId);
            String first = fit(hash, id.group(1).length()), second = fit(hash, id.group(2).length());
            s = s.substring(0, id.start(1)) + first + s.substring(id.end(1), id.start(2)) + second + s.substring(id.end(2));
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** GWAAAA, GWAAAB, …: six capitals, as the subset-tag rule asks. */
    private static String prefix(int n) {
        char[] c = {'G', 'W', 'A', 'A', 'A', 'A'};
        for (int i = 5; i >= 2 && n > 0; i--) {
            c[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(c);
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.ISO_8859_1));
            return HexFormat.of().withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fit(String hash, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) b.append(hash);
        return b.substring(0, length);
    }
}
