package org.gongwen.ingest;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of a text file to a string: UTF-8 (BOM stripped), UTF-16 with a BOM, and GBK/GB18030,
 * which Chinese office machines still write. Anything else is refused rather than guessed.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
        String text = tryDecode(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = tryDecode(bytes, GB18030);
            if (text != null && !mostlyReadable(text)) text = null;
        }
        if (text == null || hasBinaryControls(text)) {
            throw new BadInputException(Fault.UNREADABLE, "text-encoding", "无法识别文本编码：请将文件另存为 UTF-8（或 GBK）纯文本后再上传",
                    "the text is neither UTF-8 nor GBK/GB18030: save it as UTF-8 plain text");
        }
        return text;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        String text = tryDecode(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), cs);
        if (text == null || hasBinaryControls(text)) {
            throw new BadInputException(Fault.UNREADABLE, "text-encoding", "文本编码有误：文件标明为 " + cs.name() + "，但内容无法按此解码",
                    "the text claims " + cs.name() + " but cannot be decoded as such");
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** GB18030 decodes many random byte strings; real Chinese text is Han, ASCII and common punctuation. */
    private static boolean mostlyReadable(String text) {
        long good = text.codePoints().filter(c -> c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2010 && c <= 0x2027)).count();
        return good >= 0.95 * text.codePointCount(0, text.length());
    }

    /** NUL, or more than a stray control character per hundred: a binary file, not text. */
    private static boolean hasBinaryControls(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        return controls > text.length() / 100;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
