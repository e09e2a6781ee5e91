package org.gongwen.model;

/**
 * Input that gongwen cannot read or understand. The CLI prints it as one line and exits 2;
 * the API answers it as problem+json (4xx). Never carries a stack trace to the user.
 *
 * @see #code() a stable kebab-case id, used as the problem type
 */
public class BadInputException extends RuntimeException {
    private final String code;
    private final String messageZh;
    private final int httpStatus;

    public BadInputException(String code, String messageZh, String messageEn) {
        this(code, messageZh, messageEn, 422, null);
    }

    public BadInputException(String code, String messageZh, String messageEn, int httpStatus, Throwable cause) {
        super(messageEn, cause);
        this.code = code;
        this.messageZh = messageZh;
        this.httpStatus = httpStatus;
    }

    public String code() { return code; }

    /** What to fix, in Chinese. */
    public String messageZh() { return messageZh; }

    /** What to fix, in English. */
    public String messageEn() { return getMessage(); }

    /** 400 unreadable, 413 too large, 415 unsupported type, 422 understood but invalid. */
    public int httpStatus() { return httpStatus; }

    /** One line for a terminal: Chinese, then English. */
    public String oneLine() { return messageZh + " / " + messageEn(); }
}
