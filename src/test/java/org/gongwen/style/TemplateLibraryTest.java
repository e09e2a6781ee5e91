package org.gongwen.style;

import org.gongwen.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateLibraryTest {

    @Test
    void listsTheBundledTemplates() {
        TemplateLibrary lib = TemplateLibrary.load(null);
        assertThat(lib.list()).extracting(HouseTemplate::id).containsExactly("redhead", "report");
        assertThat(lib.get(TemplateLibrary.DEFAULT_ID).redHeader()).isFalse();
        assertThat(lib.get("redhead").redHeader()).isTrue();
        assertThat(lib.problems()).isEmpty();
    }

    @Test
    void refusesUnknownAndMalformedIds() {
        TemplateLibrary lib = TemplateLibrary.load(null);
        assertThatThrownBy(() -> lib.get("nosuch")).isInstanceOf(BadInputException.class)
                .hasFieldOrPropertyWithValue("code", "unknown-template")
                .hasFieldOrPropertyWithValue("httpStatus", 404);
        for (String bad : new String[]{"../report", "a/b", "Report", "", "x".repeat(41), "report.docx"}) {
            assertThatThrownBy(() -> lib.get(bad)).as(bad).isInstanceOf(BadInputException.class)
                    .hasFieldOrPropertyWithValue("code", "invalid-template-id");
        }
        assertThatThrownBy(() -> lib.get(null)).isInstanceOf(BadInputException.class);
    }

    @Test
    void addsADeploymentsOwnTemplatesAndReportsBrokenOnes(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bureau-a.docx"), TemplateGenerator.report());
        Files.writeString(dir.resolve("broken.docx"), "not a zip");
        Files.write(dir.resolve("Bad Name.docx"), TemplateGenerator.report());
        TemplateLibrary lib = TemplateLibrary.load(dir);
        assertThat(lib.list()).extracting(HouseTemplate::id).containsExactly("bureau-a", "redhead", "report");
        assertThat(lib.problems()).containsKeys("broken", "Bad Name.docx");
        assertThatThrownBy(() -> lib.get("broken")).hasFieldOrPropertyWithValue("code", "unknown-template");
    }

    @Test
    void theSharedLibraryLoadsOnceAndServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HouseTemplate>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String id = i % 2 == 0 ? "report" : "redhead";
                tasks.add(() -> TemplateLibrary.shared().get(id));
            }
            List<HouseTemplate> got = new ArrayList<>();
            for (Future<HouseTemplate> f : pool.invokeAll(tasks)) got.add(f.get());
            assertThat(got).allMatch(t -> t == TemplateLibrary.shared().get(t.id()));
        } finally {
            pool.shutdown();
        }
    }
}
