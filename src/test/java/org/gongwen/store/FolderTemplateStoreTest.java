package org.gongwen.store;

import org.gongwen.model.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FolderTemplateStoreTest extends TemplateStoreContract {
    @TempDir
    Path folder;

    @Override
    protected TemplateStore openEmpty() {
        return FolderTemplateStore.open(folder);
    }

    @Override
    protected String everythingKept() throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> {
                try {
                    return f + "\n" + new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void everythingIsReadBackAfterReopening() {
        store.createBureau("zijin-wsj", "紫金县卫生健康局");
        store.addToken("zijin-wsj", "办公室-张", Tokens.hash(Tokens.issue()));
        String one = store.addVersion("zijin-wsj/redhead", bytes("one"), "张\t三", false).hash();
        store.addVersion("zijin-wsj/redhead", bytes("two"), "李\n四", true);
        store.addVersion("report", bytes("report"), "admin", false);
        store.publish("zijin-wsj/redhead", one, "张");
        store.publish("report", null, "admin");

        var bureaus = store.bureaus();
        var tokens = store.tokens("zijin-wsj");
        var versions = store.versions("zijin-wsj/redhead");
        var publications = store.publications("zijin-wsj/redhead");
        var published = store.published();
        long revision = store.revision();
        store.close();

        store = FolderTemplateStore.open(folder);
        assertThat(store.bureaus()).isEqualTo(bureaus);
        assertThat(store.tokens("zijin-wsj")).isEqualTo(tokens);
        assertThat(store.versions("zijin-wsj/redhead")).isEqualTo(versions).extracting(Version::author).containsExactly("张\t三", "李\n四");
        assertThat(store.publications("zijin-wsj/redhead")).isEqualTo(publications);
        assertThat(store.published()).isEqualTo(published);
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(store.content("zijin-wsj/redhead", one)).isPresent();
    }

    @Test
    void aDamagedVersionIsNotServedUntilUploadedAgain() throws Exception {
        String hash = store.addVersion("redhead", bytes("the template"), "admin", false).hash();
        Path file = folder.resolve("store/templates/_/redhead/" + hash + ".docx");
        assertThat(file).exists();
        Files.write(file, bytes("the templatf"));

        assertThat(store.content("redhead", hash)).isEmpty();
        refused(Fault.NOT_FOUND, "unknown-version", () -> store.publish("redhead", hash, "admin"));

        store.addVersion("redhead", bytes("the template"), "admin", false);
        assertThat(store.content("redhead", hash)).isPresent();
        assertThat(store.versions("redhead")).hasSize(1);
    }

    @Test
    void aMalformedOrTornLineIsSkipped() throws Exception {
        String one = store.addVersion("redhead", bytes("one"), "admin", false).hash();
        Files.writeString(folder.resolve("store/templates/_/redhead/versions.tsv"), "garbage\tline\nhalf a li",
                StandardOpenOption.APPEND);
        String two = store.addVersion("redhead", bytes("two"), "admin", false).hash();

        assertThat(store.versions("redhead")).extracting(Version::hash).containsExactly(one, two);
        store.close();
        store = FolderTemplateStore.open(folder);
        assertThat(store.versions("redhead")).extracting(Version::hash).containsExactly(one, two);
    }

    @Test
    void aFolderIsWrittenByOneStoreAtATimeAndReadByAny() {
        store.createBureau("zijin-wsj", "紫金县卫生健康局");
        FolderTemplateStore reader = FolderTemplateStore.open(folder);
        assertThat(reader.bureaus()).extracting(Bureau::id).containsExactly("zijin-wsj");
        var e = refused(Fault.NOT_CONFIGURED, "store-in-use", () -> reader.createBureau("other", "别的单位"));
        assertThat(e.messageZh()).contains("PostgreSQL");
        store.close();
        reader.createBureau("other", "别的单位");
        reader.close();
        assertThat(reader.describe()).isEqualTo("folder " + folder.toAbsolutePath().normalize());
    }

    @Test
    void aMissingFolderReadsEmptyAndIsMadeAtTheFirstWrite() {
        Path nowhere = folder.resolve("nowhere");
        FolderTemplateStore later = FolderTemplateStore.open(nowhere);
        assertThat(later.bureaus()).isEmpty();
        assertThat(later.published()).isEmpty();
        assertThat(nowhere).doesNotExist();
        later.createBureau("zijin-wsj", "紫金县卫生健康局");
        assertThat(nowhere.resolve("store/bureaus/zijin-wsj.properties")).exists();
        later.close();
    }

    @Test
    void handPlacedTemplatesAreLeftAlone() throws Exception {
        Files.write(folder.resolve("redhead.docx"), bytes("hand placed"));
        store.addVersion("redhead", bytes("stored"), "admin", false);
        store.publish("redhead", ContentHash.of(bytes("stored")), "admin");

        try (Stream<Path> top = Files.list(folder)) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("redhead.docx", "store");
        }
        assertThat(Files.readAllBytes(folder.resolve("redhead.docx"))).isEqualTo(bytes("hand placed"));
    }
}
