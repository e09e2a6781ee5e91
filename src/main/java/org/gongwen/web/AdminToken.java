package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The admin token that allows template changes ({@code gongwen.admin-token}); without one, template
 * changes are off. Compared in constant time; never logged (toString hides it).
 */
@ConfigurationProperties("gongwen")
public record AdminToken(String adminToken) {

    /** Passes when {@code authorization} is "Bearer TOKEN" with the configured token; else a 401/403 problem. */
    public void check(String authorization) {
        if (adminToken == null || adminToken.isBlank()) {
            throw new BadInputException(Fault.FORBIDDEN, "template-changes-off",
                    "本服务未配置管理员令牌，不能修改模板。请由管理员在配置中设置 gongwen.admin-token。",
                    "Template changes are off: no admin token is configured (gongwen.admin-token).");
        }
        String given = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : "";
        if (!MessageDigest.isEqual(sha256(given), sha256(adminToken))) {
            throw new BadInputException(Fault.UNAUTHORIZED, "admin-token-invalid",
                    "管理员令牌缺失或不正确。请在请求头 Authorization 中写 Bearer 加令牌。",
                    "Missing or wrong admin token: send Authorization: Bearer TOKEN.");
        }
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
