package org.gongwen.model;

/**
 * What went wrong with a refused input or request, said by the package that found it. The CLI
 * answers every fault with exit code 2; the web service maps each to an HTTP status in one place
 * ({@code web.ProblemJson.status}).
 */
public enum Fault {
    /** Cannot be read or makes no sense as given: damaged, empty, wrong encoding, an unknown option. */
    UNREADABLE,
    /** Beyond a size limit: bytes, characters, blocks, pages, parts. */
    TOO_LARGE,
    /** Within the size limits but more work than one request may take: render time, a PDF's structure. */
    TOO_COMPLEX,
    /** A kind of file gongwen does not read. */
    UNSUPPORTED,
    /** Read and understood, but breaks a rule: the template contract, a title's length, a date. */
    INVALID,
    /** Names something that does not exist, e.g. a template. */
    NOT_FOUND,
    /** Asks for something this set-up does not offer, e.g. template changes without a templates folder. */
    NOT_CONFIGURED,
    /** The caller's credentials are missing or wrong. */
    UNAUTHORIZED,
    /** Nobody may do this here, e.g. template changes when no admin token is configured. */
    FORBIDDEN,
    /** The caller failed too often; retry later. */
    TOO_MANY_TRIES,
    /** The service is at capacity; retry later. */
    BUSY,
    /** A part the service needs is down (the template store's database); retry later. */
    UNAVAILABLE
}
