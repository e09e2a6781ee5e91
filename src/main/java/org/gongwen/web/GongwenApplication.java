package org.gongwen.web;

import org.gongwen.check.PdfLimits;
import org.gongwen.Gongwen;
import org.gongwen.ingest.ImportLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The HTTP service: API, clerk UI and portal pages. Started by {@code gongwen serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongwenApplication {

    /** Runs the service and returns when it has been stopped (the CLI exits right after). */
    public static void start(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(GongwenApplication.class, args);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) closed.countDown();
        });
        if (!context.isActive()) return;
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The one flow of the process, shared by every request. */
    @Bean
    Gongwen gongwen(WebLimits limits, @Value("${gongwen.templates.dir:}") String templatesDir,
                    @Value("${gongwen.fonts.dir:}") String fontsDir) {
        return Gongwen.builder()
                .templates(templatesDir.isBlank() ? null : Path.of(templatesDir))
                .fonts(fontsDir.isBlank() ? null : Path.of(fontsDir))
                .limits(new ImportLimits(limits.maxUpload().toBytes(), limits.maxCharacters(),
                        limits.maxBlocks(), limits.maxTitleCharacters(), limits.maxUnpackedDocx().toBytes(),
                        limits.maxImage().toBytes(), limits.maxImages().toBytes(), limits.maxImagePixels()))
                // a checked PDF may have as many pages as a typeset one; its other caps are per check
                .pdfLimits(new PdfLimits(limits.maxPages(), PdfLimits.DEFAULT.maxFormDepth(), PdfLimits.DEFAULT.maxGlyphs(),
                        PdfLimits.DEFAULT.maxOperators(), PdfLimits.DEFAULT.maxContentBytes()))
                .build();
    }
}
