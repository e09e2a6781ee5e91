package org.gongwen.web;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * What one request may ask of the service ({@code gongwen.limits.*}). The upload size itself is
 * enforced by the servlet container (spring.servlet.multipart.max-file-size follows max-upload).
 *
 * @param maxUpload     largest upload or JSON body
 * @param maxReviewForm largest body of the clerk's review form (/review, /preview, /download): the document
 *                      it carries three ways, form-encoded, so a draft within maxUpload comes back
 * @param maxCharacters most characters of document text
 * @param maxBlocks     most blocks of a document (paragraphs, headings…; a table counts one per cell)
 * @param maxTitleCharacters most characters of a title
 * @param maxUnpackedDocx what a .docx (draft, file to check, template) may unpack to, all parts
 *                      together; its XML parts to a sixth of that
 * @param maxImage      largest picture of a document (issue 15)
 * @param maxImages     all of a document's pictures together
 * @param maxImagePixels most pixels of one picture, read from its header before anything decodes it
 * @param maxPages      most pages of a typeset PDF
 * @param renderTimeout longest time one render may take
 * @param previewPageRenders review preview pages rendered to images at once, outside the render gate
 *                      (the PDFs are gongwen's own); more wait up to the render time limit, then 503
 * @param previewPages  most pages of a template's specimen shown as images on the templates page (the review's
 *                      preview shows every page, one request each: {@link PreviewPages})
 */
@ConfigurationProperties("gongwen.limits")
public record WebLimits(@DefaultValue("10MB") DataSize maxUpload,
                        @DefaultValue("30MB") DataSize maxReviewForm,
                        @DefaultValue("500000") int maxCharacters,
                        @DefaultValue("10000") int maxBlocks,
                        @DefaultValue("200") int maxTitleCharacters,
                        @DefaultValue("24MB") DataSize maxUnpackedDocx,
                        @DefaultValue("10MB") DataSize maxImage,
                        @DefaultValue("20MB") DataSize maxImages,
                        @DefaultValue("40000000") long maxImagePixels,
                        @DefaultValue("300") int maxPages,
                        @DefaultValue("30s") Duration renderTimeout,
                        @DefaultValue("2") int previewPageRenders,
                        @DefaultValue("6") int previewPages) {

    /** The answer to any upload or request body over {@link #maxUpload}, read or not (413). */
    public BadInputException uploadTooLarge() {
        long mb = maxUpload.toMegabytes();
        return new BadInputException(Fault.TOO_LARGE, "too-large", "文件太大（或请求内容太大）：最大 " + mb + " MB。请拆分后分别处理。",
                "Too large: the limit is " + mb + " MB.");
    }
}
