package org.gongwen.web;

import org.gongwen.Gongwen;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a templates page carries instead of the token typed into it: a ticket for one template, for
 * {@link #KEEP} from when the token was typed (a page reached with a ticket carries that same ticket on,
 * never a new one), signed with a key made of the deployment's secret and the hash of the caller's own
 * token. The secret is {@code gongwen.ticket-secret}, else derived from the operator's token; replicas
 * share it, so any replica checks a ticket, and a copy of the store alone (which holds the tokens' hashes)
 * cannot make one. A revoked token's tickets stop working; the token itself never travels through a page.
 * Without either setting the secret is this process's own (one replica).
 */
@Component
public class UiTickets {
    static final Duration KEEP = Duration.ofMinutes(15);

    private final Gongwen gongwen;
    private final AdminToken operator;
    private final byte[] secret;
    private final Clock clock;

    @Autowired
    public UiTickets(Gongwen gongwen, AdminToken operator, @Value("${gongwen.ticket-secret:}") String secret) {
        this(gongwen, operator, secret, Clock.systemUTC());
    }

    UiTickets(Gongwen gongwen, AdminToken operator, String secret, Clock clock) {
        this.gongwen = gongwen;
        this.operator = operator;
        this.clock = clock;
        String t = operator.adminToken();
        if (secret != null && !secret.isBlank()) this.secret = sha256("gongwen-ticket-secret\n" + secret);
        else if (t != null && !t.isBlank()) this.secret = sha256("gongwen-ticket-secret-from-operator\n" + t);
        else {
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        }
    }

    /** A ticket that lets {@code caller} change {@code templateId} for the next {@link #KEEP}. */
    String issue(TemplateAccess.Caller caller, String templateId) {
        String payload = String.join("\n", templateId, caller.isOperator() ? "" : caller.bureau(),
                caller.isOperator() ? "" : caller.label(), String.valueOf(clock.instant().plus(KEEP).getEpochSecond()));
        byte[] key = key(caller.isOperator() ? null : caller.bureau(), caller.label());
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(sign(key, payload));
    }

    /** The caller a ticket stands for, when it is for {@code templateId}, unexpired and its token not revoked. */
    TemplateAccess.Caller check(String ticket, String templateId) {
        try {
            int dot = ticket.indexOf('.');
            String payload = new String(Base64.getUrlDecoder().decode(ticket.substring(0, dot)), StandardCharsets.UTF_8);
            String[] f = payload.split("\n", -1);
            String bureau = f[1].isEmpty() ? null : f[1];
            String label = f[2].isEmpty() ? null : f[2];
            byte[] key = key(bureau, label);
            boolean valid = key != null && f[0].equals(templateId)
                    && MessageDigest.isEqual(sign(key, payload), Base64.getUrlDecoder().decode(ticket.substring(dot + 1)))
                    && Long.parseLong(f[3]) > clock.instant().getEpochSecond();
            if (valid) return new TemplateAccess.Caller(bureau, label);
        } catch (BadInputException e) {
            if (e.fault() != Fault.UNAUTHORIZED) throw e; // the store is away: 503, not a wrong ticket
        } catch (RuntimeException malformed) {
            // answered below as any ticket that does not check
        }
        throw new BadInputException(Fault.UNAUTHORIZED, "ticket-invalid",
                "这个页面已过期（保留 " + KEEP.toMinutes() + " 分钟）或令牌已被吊销，请回到模板页重新输入令牌。",
                "The page's ticket has expired or its token was revoked; enter the token again.");
    }

    /**
     * The signing key: the secret with the operator's token (while one is configured), or with the hash of
     * the bureau's token of that label (while it is not revoked); null when there is none.
     */
    private byte[] key(String bureau, String label) {
        if (bureau == null) {
            String t = operator.adminToken();
            return t == null || t.isBlank() ? null : sign(secret, "operator\n" + HexFormat.of().formatHex(sha256(t)));
        }
        String hash = gongwen.tokenHash(bureau, label);
        return hash == null ? null : sign(secret, "bureau\n" + hash);
    }

    private static byte[] sign(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
