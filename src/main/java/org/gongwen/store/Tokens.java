package org.gongwen.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bureau tokens: 32 random bytes, shown once when issued; only their SHA-256 is kept. A token has 256
 * bits of its own randomness, so a plain hash is enough (a slow password hash protects guessable secrets).
 */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A new token: "gw_" and 43 base64url characters. */
    public static String issue() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "gw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The hex SHA-256 a store keeps of a token. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code token} hashes to {@code storedHash}, compared in constant time. */
    public static boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null) return false;
        byte[] given = sha256(token.getBytes(StandardCharsets.UTF_8));
        byte[] stored;
        try {
            stored = HexFormat.of().parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, stored);
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
