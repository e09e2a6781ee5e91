package org.gongwen.web;

import org.gongwen.Gongwen;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.store.TemplateIds;
import org.springframework.stereotype.Component;

/**
 * Who may change what (issue 17). The operator's token ({@code gongwen.admin-token}) may do anything:
 * add bureaus, issue their tokens, change the deployment's own templates and any bureau's. A bureau's
 * token may change, list and publish that bureau's templates ({@code bureau/name}) and nothing else: it
 * cannot see another bureau's versions, and a guess at another bureau's template is answered as a wrong
 * token whether that bureau or template exists or not (and counted as one, {@link TokenGuesses}).
 * Tokens are compared in constant time and never logged.
 */
@Component
public class TemplateAccess {
    /** What the history shows as the operator's changes. */
    static final String OPERATOR = "运维管理员";

    private final AdminToken operator;
    private final Gongwen gongwen;

    public TemplateAccess(AdminToken operator, Gongwen gongwen) {
        this.operator = operator;
        this.gongwen = gongwen;
    }

    /** Who is asking, as the history names them: the operator, or a bureau's token by its label. */
    public record Caller(String bureau, String label) {
        boolean isOperator() {
            return bureau == null;
        }

        /** The history's author: "运维管理员" or "zijin-wsj：办公室 张三". */
        String author() {
            return isOperator() ? OPERATOR : bureau + "：" + label;
        }
    }

    /**
     * The caller whose {@code Authorization} ("Bearer TOKEN") may change {@code templateId}; null
     * {@code templateId}: an operator's task (bureaus, tokens). UNAUTHORIZED when the token is missing
     * or is not one that may; FORBIDDEN when nobody may (no operator token and no bureau's template).
     */
    public Caller require(String authorization, String templateId) {
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : "";
        boolean operatorSet = operator.adminToken() != null && !operator.adminToken().isBlank();
        String bureau = templateId != null && TemplateIds.isTemplateId(templateId) ? TemplateIds.bureauOf(templateId) : null;
        if (!operatorSet && bureau == null) {
            throw new BadInputException(Fault.FORBIDDEN, "template-changes-off",
                    "本服务未配置运维管理员令牌（gongwen.admin-token），不能管理单位或修改共用模板。",
                    "No operator token is configured (gongwen.admin-token): bureaus and shared templates cannot be changed.");
        }
        if (operatorSet && operator.matches(token)) return new Caller(null, null);
        String label = bureau == null || token.isEmpty() ? null : gongwen.tokenLabel(bureau, token);
        if (label != null) return new Caller(bureau, label);
        throw new BadInputException(Fault.UNAUTHORIZED, "admin-token-invalid", bureau == null
                ? "令牌缺失或不正确：此操作需要运维管理员令牌。请在请求头 Authorization 中写 Bearer 加令牌。"
                : "令牌缺失或不正确：修改单位 " + bureau + " 的模板需要该单位的令牌或运维管理员令牌。请在请求头 Authorization 中写 Bearer 加令牌。",
                "Missing or wrong token: send Authorization: Bearer TOKEN"
                        + (bureau == null ? " with the operator's token." : " with bureau " + bureau + "'s token or the operator's."));
    }
}
