package org.gongwen.model;

import java.util.concurrent.CancellationException;

/**
 * A render stopped because its thread was interrupted (the web layer cancels a render that ran
 * over its time limit). Writers call {@link #checkInterrupted()} once per paragraph or page, so a
 * cancelled render ends promptly and its memory can be reclaimed.
 */
public final class RenderCancelled extends CancellationException {
    private RenderCancelled() {
        super("render cancelled");
    }

    /** Throws when the current thread has been interrupted (and clears the flag: the render ends here). */
    public static void checkInterrupted() {
        if (Thread.interrupted()) throw new RenderCancelled();
    }
}
