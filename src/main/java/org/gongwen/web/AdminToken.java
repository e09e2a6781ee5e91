package org.gongwen.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The operator's token ({@code gongwen.admin-token}): adds bureaus, issues their tokens, changes the
 * deployment's own templates and any bureau's ({@link TemplateAccess}); without one, only bureaus'
 * tokens change templates. Compared in constant time; never logged (toString hides it).
 */
@ConfigurationProperties("gongwen")
public record AdminToken(String adminToken) {

    /** Whether {@code token} is the configured token (false when none is configured), in constant time. */
    boolean matches(String token) {
        if (adminToken == null || adminToken.isBlank() || token == null) return false;
        return MessageDigest.isEqual(sha256(token), sha256(adminToken));
    }

    /** Hashing first makes the comparison independent of where, and whether, the lengths differ. */
    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AdminToken[" + (adminToken == null || adminToken.isBlank() ? "none" : "set") + "]";
    }
}
