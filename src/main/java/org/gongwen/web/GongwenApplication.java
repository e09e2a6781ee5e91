package org.gongwen.web;

import org.gongwen.check.PdfLimits;
import org.gongwen.Gongwen;
import org.gongwen.ingest.ImportLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;

/** The HTTP service: API, clerk UI and portal pages. Started by {@code gongwen serve}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GongwenApplication {

    /**
     * The PostgreSQL template store when {@code spring.datasource.url} names one (several replicas share it);
     * none otherwise (null: no bean), and the templates folder keeps its own.
     */
    @Bean(destroyMethod = "close")
    DatabaseStore databaseStore(@Value("${spring.datasource.url:}") String url,
                                          @Value("${spring.datasource.username:}") String username,
                                          @Value("${spring.datasource.password:}") String password,
                                          @Value("${spring.datasource.hikari.maximum-pool-size:4}") int maxPoolSize,
                                          @Value("${spring.datasource.hikari.connection-timeout:3000}") long connectionTimeoutMs) {
        return url.isBlank() ? null : new DatabaseStore(url, username, password, maxPoolSize, connectionTimeoutMs);
    }

    /** The one flow of the process, shared by every request. */
    @Bean
    Gongwen gongwen(WebLimits limits, @Value("${gongwen.templates.dir:}") String templatesDir,
                    @Value("${gongwen.fonts.dir:}") String fontsDir, ObjectProvider<DatabaseStore> databaseStore,
                    @Value("${gongwen.limits.max-templates-per-bureau:100}") int maxTemplatesPerBureau) {
        return Gongwen.builder()
                .templates(templatesDir.isBlank() ? null : Path.of(templatesDir))
                .store(databaseStore.getIfAvailable() == null ? null : databaseStore.getIfAvailable().store())
                .maxTemplatesPerBureau(maxTemplatesPerBureau)
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
