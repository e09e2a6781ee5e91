package org.gongwen.model;

import java.util.Objects;

/**
 * Input that gongwen cannot read or understand: what went wrong ({@link Fault}), a stable code and
 * what to fix in Chinese and English. The CLI prints it as one line and exits 2; the web service
 * answers it as problem+json with the status its one mapping gives the fault. Never carries a stack
 * trace to the user.
 *
 * @see #code() a stable kebab-case id, used as the problem type
 */
public class BadInputException extends RuntimeException {
    private final Fault fault;
    private final String code;
    private final String messageZh;

    public BadInputException(Fault fault, String code, String messageZh, String messageEn) {
        this(fault, code, messageZh, messageEn, null);
    }

    public BadInputException(Fault fault, String code, String messageZh, String messageEn, Throwable cause) {
        super(messageEn, cause);
        this.fault = Objects.requireNonNull(fault);
        this.code = code;
        this.messageZh = messageZh;
    }

    /** What went wrong. */
    public Fault fault() { return fault; }

    public String code() { return code; }

    /** What to fix, in Chinese. */
    public String messageZh() { return messageZh; }

    /** What to fix, in English. */
    public String messageEn() { return getMessage(); }

    /** One line for a terminal: Chinese, then English. */
    public String oneLine() { return messageZh + " / " + messageEn(); }
}
