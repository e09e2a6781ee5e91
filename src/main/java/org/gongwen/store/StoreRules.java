package org.gongwen.store;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What both stores check and how they refuse, in one place so that the folder and PostgreSQL answer
 * a request alike. Times are kept to the microsecond, PostgreSQL's precision, so a version read back
 * from either store equals the one written.
 */
final class StoreRules {
    /** Longest bureau name or token label kept: a name is a line on a page, not a document. */
    static final int MAX_TEXT = 200;

    private StoreRules() {}

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static String checkBureauName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_TEXT || name.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException(Fault.INVALID, "invalid-bureau-name",
                    "单位名称不能为空，不超过 " + MAX_TEXT + " 个字符，且不能换行，例如“紫金县卫生健康局”。",
                    "a bureau's name is 1 to " + MAX_TEXT + " characters on one line, e.g. 紫金县卫生健康局");
        }
        return name.strip();
    }

    /** Longest token label: it is a path segment of the revoking request. */
    static final int MAX_LABEL = 60;

    /**
     * A token's label: it names the holder, and is the last segment of the address that revokes it, so
     * none of / \ ; % ? # (a servlet container cuts or refuses them in a path) and no line break.
     */
    static String checkLabel(String label) {
        if (label == null || label.isBlank() || label.length() > MAX_LABEL
                || label.chars().anyMatch(c -> Character.isISOControl(c) || "/\\;%?#".indexOf(c) >= 0)) {
            throw new BadInputException(Fault.INVALID, "invalid-token-label",
                    "令牌的标签写持有人，不能为空，不超过 " + MAX_LABEL + " 个字符，不能换行，也不能含 / \\ ; % ? #，例如“办公室-张”。",
                    "a token's label names its holder: 1 to " + MAX_LABEL + " characters on one line, none of / \\ ; % ? #, e.g. 办公室-张");
        }
        return label.strip();
    }

    /** A token's hash as {@link Tokens#hash} gives it; anything else is the caller's bug, never a token. */
    static String checkTokenHash(String tokenHash) {
        if (!ContentHash.isHash(tokenHash)) {
            throw new IllegalArgumentException("a store keeps Tokens.hash(token), 64 lowercase hex digits, never the token");
        }
        return tokenHash;
    }

    static String checkAuthor(String author) {
        return Objects.requireNonNull(author, "author");
    }

    static BadInputException bureauExists(String id) {
        return new BadInputException(Fault.INVALID, "bureau-exists",
                "单位代号“" + id + "”已被使用，请换一个代号。",
                "bureau " + id + " exists already; choose another id");
    }

    static BadInputException unknownBureau(String id) {
        return new BadInputException(Fault.NOT_FOUND, "unknown-bureau",
                "没有代号为“" + id + "”的单位，请先添加该单位，或检查代号的拼写。",
                "no bureau " + id + "; add it first or check the id");
    }

    static BadInputException tokenLabelTaken(String bureauId, String label) {
        return new BadInputException(Fault.INVALID, "token-label-taken",
                "单位“" + bureauId + "”已有标签为“" + label + "”的令牌，请换一个标签，或先收回原令牌。",
                "bureau " + bureauId + " has a token labelled " + label + " already; choose another label or remove that token");
    }

    static BadInputException unknownVersion(String templateId, String hash) {
        return new BadInputException(Fault.NOT_FOUND, "unknown-version",
                "模板“" + templateId + "”没有版本 " + hash + "，请从该模板的版本列表中选择。",
                "template " + templateId + " has no version " + hash + "; choose one of its versions");
    }
}
