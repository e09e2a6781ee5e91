package org.gongwen.store;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What {@link TemplateStore}'s javadoc promises, held by every store: each subclass gives an empty
 * store of its kind and a way to read everything it keeps.
 */
abstract class TemplateStoreContract {
    protected TemplateStore store;

    /** A store of this kind on empty storage. */
    protected abstract TemplateStore openEmpty() throws Exception;

    /** Everything the store keeps, as text, to look for what must never be kept. */
    protected abstract String everythingKept() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static BadInputException refused(Fault fault, String code, Executable call) {
        BadInputException e = assertThrows(BadInputException.class, call);
        assertThat(e.fault()).as(e.oneLine()).isEqualTo(fault);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.messageZh()).isNotBlank();
        return e;
    }

    @Test
    void bureausAreListedByIdAndTheirIdsAreTheirs() {
        Bureau b = store.createBureau("zijin-wsj", "紫金县卫生健康局");
        store.createBureau("heyuan-jyj", "河源市教育局");

        assertThat(store.bureaus()).extracting(Bureau::id).containsExactly("heyuan-jyj", "zijin-wsj");
        assertThat(store.bureau("zijin-wsj")).contains(b);
        assertThat(b.name()).isEqualTo("紫金县卫生健康局");
        assertThat(store.bureau("nobody")).isEmpty();
        assertThat(store.bureau("../etc")).isEmpty();

        refused(Fault.INVALID, "bureau-exists", () -> store.createBureau("zijin-wsj", "另一个"));
        refused(Fault.UNREADABLE, "invalid-bureau-id", () -> store.createBureau("Zijin WSJ", "紫金"));
        refused(Fault.UNREADABLE, "invalid-bureau-id", () -> store.createBureau("../x", "紫金"));
        refused(Fault.INVALID, "invalid-bureau-name", () -> store.createBureau("blank", " "));
        refused(Fault.INVALID, "invalid-bureau-name", () -> store.createBureau("two-lines", "a\nb"));
        assertThat(store.bureaus()).hasSize(2);
    }

    @Test
    void tokensAreKeptAsHashesByLabel() throws Exception {
        store.createBureau("zijin-wsj", "紫金县卫生健康局");
        String zhang = Tokens.issue();
        String li = Tokens.issue();
        store.addToken("zijin-wsj", "办公室-张", Tokens.hash(zhang));
        store.addToken("zijin-wsj", "办公室-李", Tokens.hash(li));

        List<StoredToken> tokens = store.tokens("zijin-wsj");
        assertThat(tokens).extracting(StoredToken::label).containsExactly("办公室-张", "办公室-李");
        assertThat(Tokens.matches(zhang, tokens.get(0).hash())).isTrue();
        assertThat(Tokens.matches(li, tokens.get(0).hash())).isFalse();
        assertThat(everythingKept()).contains(Tokens.hash(zhang)).doesNotContain(zhang).doesNotContain(li);

        refused(Fault.INVALID, "token-label-taken", () -> store.addToken("zijin-wsj", "办公室-张", Tokens.hash(Tokens.issue())));
        refused(Fault.NOT_FOUND, "unknown-bureau", () -> store.addToken("nobody", "x", Tokens.hash(Tokens.issue())));
        refused(Fault.INVALID, "invalid-token-label", () -> store.addToken("zijin-wsj", "", Tokens.hash(Tokens.issue())));
        assertThrows(IllegalArgumentException.class, () -> store.addToken("zijin-wsj", "明文", zhang));

        assertThat(store.removeToken("zijin-wsj", "办公室-张")).isTrue();
        assertThat(store.removeToken("zijin-wsj", "办公室-张")).isFalse();
        assertThat(store.removeToken("nobody", "办公室-张")).isFalse();
        assertThat(store.tokens("zijin-wsj")).extracting(StoredToken::label).containsExactly("办公室-李");
        assertThat(store.tokens("nobody")).isEmpty();
    }

    @Test
    void versionsAreKeptOnceOldestFirst() {
        Version first = store.addVersion("redhead", bytes("one"), "admin", false);
        Version second = store.addVersion("redhead", bytes("two"), "admin", true);
        Version again = store.addVersion("redhead", bytes("one"), "someone else", true);

        assertThat(first.hash()).isEqualTo(ContentHash.of(bytes("one")));
        assertThat(first.size()).isEqualTo(3);
        assertThat(second.adopted()).isTrue();
        assertThat(again).isEqualTo(first);
        assertThat(store.versions("redhead")).containsExactly(first, second);
        assertThat(store.versions("report")).isEmpty();
        assertThat(store.content("redhead", first.hash())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("one")));
        assertThat(store.content("report", first.hash())).isEmpty();
        assertThat(store.content("redhead", "../../redhead.docx")).isEmpty();
        assertThat(store.content("redhead", ContentHash.of(bytes("never")))).isEmpty();
        assertThat(store.published()).isEmpty();

        refused(Fault.UNREADABLE, "invalid-template-id", () -> store.addVersion("Red Head", bytes("x"), "admin", false));
        refused(Fault.INVALID, "reserved-template-name", () -> store.addVersion("versions", bytes("x"), "admin", false));
    }

    @Test
    void aBureauSeesOnlyItsOwnVersions() {
        store.createBureau("a", "甲局");
        store.createBureau("b", "乙局");
        Version mine = store.addVersion("a/redhead", bytes("a's"), "a", false);
        store.addVersion("b/redhead", bytes("b's"), "b", false);

        assertThat(store.content("a/redhead", mine.hash())).isPresent();
        assertThat(store.content("b/redhead", mine.hash())).isEmpty();
        assertThat(store.content("redhead", mine.hash())).isEmpty();
        refused(Fault.NOT_FOUND, "unknown-version", () -> store.publish("b/redhead", mine.hash(), "b"));
        assertThat(store.versions("b/redhead")).extracting(Version::author).containsExactly("b");
    }

    @Test
    void publishingMovesThePublishedVersionAndIsRecorded() {
        store.createBureau("zijin-wsj", "紫金县卫生健康局");
        String id = "zijin-wsj/redhead";
        String one = store.addVersion(id, bytes("one"), "张", false).hash();
        String two = store.addVersion(id, bytes("two"), "张", false).hash();
        String other = store.addVersion("report", bytes("report"), "admin", false).hash();
        long start = store.revision();

        store.publish(id, one, "张");
        long afterFirst = store.revision();
        assertThat(afterFirst).isNotEqualTo(start);
        store.publish("report", other, "admin");
        store.publish(id, two, "李");
        assertThat(store.published()).isEqualTo(Map.of(id, two, "report", other));

        store.publish(id, one, "王");   // a rollback is a publish of an earlier version
        assertThat(store.published()).containsEntry(id, one);
        store.publish(id, null, "王");
        assertThat(store.published()).isEqualTo(Map.of("report", other));
        assertThat(store.revision()).isNotIn(start, afterFirst);

        assertThat(store.publications(id)).extracting(Publication::hash).containsExactly(one, two, one, null);
        assertThat(store.publications(id)).extracting(Publication::author).containsExactly("张", "李", "王", "王");
        assertThat(store.publications(id)).extracting(Publication::templateId).containsOnly(id);
        assertThat(store.publications("report")).hasSize(1);
        assertThat(store.publications("nothing")).isEmpty();
    }

    @Test
    void unknownBureausAndVersionsAreRefused() {
        String never = ContentHash.of(bytes("never uploaded"));
        refused(Fault.NOT_FOUND, "unknown-bureau", () -> store.addVersion("nobody/redhead", bytes("x"), "x", false));
        refused(Fault.NOT_FOUND, "unknown-bureau", () -> store.publish("nobody/redhead", null, "x"));
        refused(Fault.NOT_FOUND, "unknown-version", () -> store.publish("redhead", never, "admin"));
        store.addVersion("redhead", bytes("x"), "admin", false);
        refused(Fault.NOT_FOUND, "unknown-version", () -> store.publish("redhead", never, "admin"));
        refused(Fault.NOT_FOUND, "unknown-version", () -> store.publish("redhead", "not a hash", "admin"));
        assertThat(store.publications("redhead")).isEmpty();
        assertThat(store.versions("nobody/redhead")).isEmpty();
    }

    @Test
    void concurrentUploadsAndPublishesAreEachKeptOnce() throws Exception {
        store.createBureau("zijin-wsj", "紫金县卫生健康局");
        String id = "zijin-wsj/shared";
        int threads = 8;
        int each = 10;
        long start = store.revision();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        store.addVersion(id, bytes("thread " + thread + " version " + i), "t" + thread, false);
                        Version same = store.addVersion(id, bytes("same " + i), "t" + thread, false);
                        assertThat(same.hash()).isEqualTo(ContentHash.of(bytes("same " + i)));
                    }
                    store.publish(id, ContentHash.of(bytes("thread " + thread + " version 0")), "t" + thread);
                    return null;
                }));
            }
            go.countDown();
            for (Future<Void> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }

        List<Version> versions = store.versions(id);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < each; i++) {
            expected.add(ContentHash.of(bytes("same " + i)));
            for (int t = 0; t < threads; t++) expected.add(ContentHash.of(bytes("thread " + t + " version " + i)));
        }
        assertThat(versions).extracting(Version::hash).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        for (Version v : versions) assertThat(store.content(id, v.hash())).isPresent();
        assertThat(store.publications(id)).hasSize(threads);
        assertThat(store.published().get(id)).isEqualTo(store.publications(id).getLast().hash());
        assertThat(store.revision()).isNotEqualTo(start);
    }

    @Test
    void describesWhereItIs() {
        assertThat(store.describe()).isNotBlank();
    }
}
