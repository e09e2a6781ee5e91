package org.gongwen.store;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;

/**
 * The store cannot be reached (its database is down, its folder unreadable): template changes wait,
 * renders go on with the templates already loaded. Answered 503 like any {@link Fault#UNAVAILABLE}.
 */
public class StoreUnavailableException extends BadInputException {
    public StoreUnavailableException(String where, Throwable cause) {
        super(Fault.UNAVAILABLE, "store-unavailable",
                "模板库暂时无法访问，模板的上传、发布和回退请稍后再试；排版照常使用已载入的模板。",
                "The template store is unavailable (" + where + "); template changes must wait, renders go on.", cause);
    }
}
