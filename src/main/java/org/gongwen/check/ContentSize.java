package org.gongwen.check;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.gongwen.model.RenderCancelled;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The decoded size of a content stream, found by decoding it into a counter that keeps nothing
 * and stops past a cap. A few KB of Flate can decode to gigabytes, which PDFBox would hold whole
 * (a form's content) or parse for minutes without meeting an operator (a page's).
 */
final class ContentSize {
    /** Decoded bytes between looks at the interrupt flag. */
    private static final long CANCEL_EVERY = 1 << 20;

    private ContentSize() {}

    /**
     * Decoded bytes of {@code stream}, or {@code cap + 1} once past {@code cap}. A stream that
     * fails to decode counts what it gave until then: PDFBox meets the same damage and deals with it.
     */
    static long of(COSStream stream, long cap) {
        List<COSName> filters = filters(stream.getFilters());
        Sink last = new Sink(cap, false);
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size() - 1; i++) { // rare chains (ASCII85 then Flate): all but the last kept
                Sink step = new Sink(cap, true);
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, step, stream, i);
                in = new ByteArrayInputStream(step.kept.toByteArray());
            }
            if (filters.isEmpty()) in.transferTo(last);
            else FilterFactory.INSTANCE.getFilter(filters.get(filters.size() - 1)).decode(in, last, stream, filters.size() - 1);
        } catch (Full e) {
            return cap + 1;
        } catch (IOException e) {
            // damaged: what was decoded counts
        }
        return last.count;
    }

    private static List<COSName> filters(COSBase f) {
        if (f instanceof COSName name) return List.of(name);
        if (f instanceof COSArray array) {
            return array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList();
        }
        return List.of();
    }

    /** Counts what a filter writes (keeping it only when another filter reads it next). */
    private static final class Sink extends OutputStream {
        private final long cap;
        final ByteArrayOutputStream kept;
        long count;

        Sink(long cap, boolean keep) {
            this.cap = cap;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if ((count + len) / CANCEL_EVERY != count / CANCEL_EVERY) RenderCancelled.checkInterrupted();
            count += len;
            if (count > cap) throw new Full();
            if (kept != null) kept.write(b, off, len);
        }
    }

    /** Stops a filter mid-stream: unchecked, so no filter's own IOException handling swallows it. */
    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }
}
