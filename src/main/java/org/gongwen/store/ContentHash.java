package org.gongwen.store;

import java.util.HexFormat;

/** A template version's name: the hex SHA-256 of its bytes (64 characters). */
public final class ContentHash {
    private ContentHash() {}

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(Tokens.sha256(bytes));
    }

    /** Whether {@code s} has the form of a version's name. */
    public static boolean isHash(String s) {
        return s != null && s.length() == 64 && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
