package org.gongwen.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PDFs of recent previews, kept so that the review page can show every page as an image loaded
 * when the clerk scrolls to it ({@code /preview/KEY/N.png}) instead of putting a few pages into the page
 * itself. Keyed by the PDF's own hash (the same document and template give the same bytes, so a
 * repeated preview finds its entry); bounded by {@code gongwen.preview.cache-size} (least recently used
 * go first). A page whose PDF has gone (evicted, a restart, another replica) answers 404 and the page
 * says to press 预览 again: the document itself is always in the clerk's form, never only here.
 */
@Component
public class PreviewPages {
    private final long maxBytes;
    /** PDFs by key, and the PNGs of their pages already shown ("key/n"), least recently used first; both count. */
    private final Map<String, byte[]> pdfs = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, byte[]> pngs = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    public PreviewPages(@Value("${gongwen.preview.cache-size:64MB}") DataSize maxBytes) {
        this.maxBytes = maxBytes.toBytes();
    }

    /** Keeps a preview's PDF; its key. A PDF larger than the whole cache is not kept (its pages will say so). */
    public synchronized String keep(byte[] pdf) {
        String key = key(pdf);
        if (pdfs.containsKey(key) || pdf.length > maxBytes) return key;
        pdfs.put(key, pdf);
        bytes += pdf.length;
        evict();
        return key;
    }

    /**
     * Page {@code n}'s image, made by {@code render} the first time it is asked for and kept with its PDF
     * (a page scrolled past and back, or a second look, costs nothing); null when {@code render} finds no such page.
     */
    public byte[] page(String key, int n, java.util.function.Supplier<byte[]> render) {
        String id = key + "/" + n;
        synchronized (this) {
            byte[] kept = pngs.get(id);
            if (kept != null) return kept;
        }
        byte[] png = render.get();   // outside the lock: pages of other previews render meanwhile
        if (png == null) return null;
        synchronized (this) {
            if (pdfs.containsKey(key) && !pngs.containsKey(id) && png.length <= maxBytes) {
                pngs.put(id, png);
                bytes += png.length;
                evict();
            }
        }
        return png;
    }

    /** Least recently used first, images before PDFs (an image is made again from its PDF), until within the bound. */
    private void evict() {
        for (Iterator<byte[]> it = pngs.values().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().length;
            it.remove();
        }
        for (Iterator<Map.Entry<String, byte[]>> it = pdfs.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            Map.Entry<String, byte[]> e = it.next();
            bytes -= e.getValue().length;
            it.remove();
        }
    }

    /** The PDF kept under {@code key}, or null. */
    public synchronized byte[] pdf(String key) {
        return pdfs.get(key);
    }

    static String key(byte[] pdf) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pdf);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string can be a key (what a page's address may carry). */
    static boolean isKey(String key) {
        return key != null && key.length() == 32 && key.getBytes(StandardCharsets.US_ASCII).length == 32
                && key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
