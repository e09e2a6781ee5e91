package org.gongwen.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Fixes, in place and with the same length (so the cross-reference offsets stay valid), what
 * OpenPDF writes that gongwen does not want:
 * <ul>
 * <li>font-subset prefixes and the file identifier drawn from a random source: replaced by values
 *     that depend only on the content, so the same layout gives the same bytes;</li>
 * <li>the CIDSet of each subset font, which lists fewer CIDs than the subset CFF program keeps
 *     (PDF/A-2 rule 6.2.11.4.2-2): the reference is blanked out; CIDSet is optional in PDF/A-2.</li>
 * </ul>
 * Only font dictionaries' /BaseFont and /FontName values, /CIDSet references and the trailer's /ID
 * are touched, never stream data. A file whose fonts gongwen writes itself keeps its dictionaries in
 * object streams (PdfPainter), where this pass cannot see them and need not: those fonts' names are
 * deterministic already (PdfFace) and have no CIDSet; the /ID, in the cross-reference stream's
 * dictionary, is fixed as in a trailer.
 */
final class PdfFixups {
    private static final byte[][] FONT_KEYS = {ascii("/BaseFont/"), ascii("/BaseFont /"), ascii("/FontName/"), ascii("/FontName /")};
    private static final byte[] CIDSET = ascii("/CIDSet ");
    private static final byte[] ID = ascii("/ID [<");

    private PdfFixups() {}

    static byte[] fix(byte[] pdf) {
        renameSubsetsAndBlankCidSets(pdf);
        fixId(pdf);
        return pdf;
    }

    /**
     * One pass over the file: each subset prefix after /BaseFont or /FontName becomes GWAAAA+,
     * GWAAAB+ … in order of first appearance; each "/CIDSet n 0 R" becomes spaces.
     */
    private static void renameSubsetsAndBlankCidSets(byte[] pdf) {
        List<String> seen = new ArrayList<>();
        for (int at = 0; at < pdf.length; at++) {
            if (pdf[at] != '/') continue;
            if (startsWith(pdf, at, CIDSET)) {
                int end = at + CIDSET.length;
                while (end < pdf.length && pdf[end] != 'R') end++;
                for (int i = at; i <= end && i < pdf.length; i++) pdf[i] = ' ';
                continue;
            }
            for (byte[] key : FONT_KEYS) {
                if (!startsWith(pdf, at, key)) continue;
                int p = at + key.length;
                if (p + 7 > pdf.length || pdf[p + 6] != '+') break;
                String prefix = new String(pdf, p, 6, StandardCharsets.ISO_8859_1);
                if (!prefix.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) break;
                if (!seen.contains(prefix)) seen.add(prefix);
                System.arraycopy(ascii(prefix(seen.indexOf(prefix))), 0, pdf, p, 6);
                break;
            }
        }
    }

    /** Both halves of the trailer's /ID: a hash of the file with the identifier zeroed. */
    private static void fixId(byte[] pdf) {
        int at = lastIndexOf(pdf, ID);
        if (at < 0) return;
        int first = at + ID.length;
        int firstEnd = indexOf(pdf, new byte[]{'>'}, first);
        int second = firstEnd + 2;
        int secondEnd = indexOf(pdf, new byte[]{'>'}, second);
        if (firstEnd < 0 || secondEnd < 0 || pdf[firstEnd + 1] != '<') return;
        for (int i = first; i < firstEnd; i++) pdf[i] = '0';
        for (int i = second; i < secondEnd; i++) pdf[i] = '0';
        String hash = digest(pdf);
        for (int i = first; i < firstEnd; i++) pdf[i] = (byte) hash.charAt((i - first) % hash.length());
        for (int i = second; i < secondEnd; i++) pdf[i] = (byte) hash.charAt((i - second) % hash.length());
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

    private static String digest(byte[] data) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] data, int at, byte[] key) {
        if (at + key.length > data.length) return false;
        for (int k = 0; k < key.length; k++) if (data[at + k] != key[k]) return false;
        return true;
    }

    private static int indexOf(byte[] data, byte[] key, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - key.length; i++) {
            for (int k = 0; k < key.length; k++) if (data[i + k] != key[k]) continue outer;
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte[] key) {
        outer:
        for (int i = data.length - key.length; i >= 0; i--) {
            for (int k = 0; k < key.length; k++) if (data[i + k] != key[k]) continue outer;
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
