package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Says which limit a refused multipart request passed, for the API and the clerk's pages alike:
 * Spring reports Tomcat's part-count limit as an upload too large, which sent clerks splitting
 * files that were small.
 */
@Component
public class MultipartProblems {
    /** Tomcat's exception for more parts than {@code server.tomcat.max-part-count} (its own shaded class). */
    private static final String PART_COUNT = "org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException";

    private final WebLimits limits;
    private final int maxParts;

    public MultipartProblems(WebLimits limits, @Value("${server.tomcat.max-part-count:50}") int maxParts) {
        this.limits = limits;
        this.maxParts = maxParts;
    }

    BadInputException explain(MultipartException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals(PART_COUNT)) {
                return new BadInputException(Fault.TOO_LARGE, "too-many-parts",
                        "表单的字段和文件过多：一次最多 " + maxParts + " 个。请只提交需要的字段。",
                        "Too many form fields and files: the limit is " + maxParts + ".");
            }
        }
        if (e instanceof MaxUploadSizeExceededException) return limits.uploadTooLarge();
        return new BadInputException(Fault.UNREADABLE, "bad-multipart", "上传的表单无法读取，请重新上传。",
                "The multipart request could not be read.");
    }
}
