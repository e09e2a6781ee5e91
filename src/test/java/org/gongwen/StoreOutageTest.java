package org.gongwen;

import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.gongwen.store.PostgresTemplateStore;
import org.gongwen.store.TemplateStore;
import org.gongwen.store.TestDatabase;
import org.gongwen.testing.FinishedDocuments;
import org.gongwen.testing.SharedSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "If the database goes away, renders go on with cached published templates; template changes answer
 * 503" (issue 17), on a real PostgreSQL whose connections are cut and given back.
 */
class StoreOutageTest {
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) db.close();
    }

    @Test
    void rendersGoOnWhileTheDatabaseIsAwayAndChangesWait() {
        db = TestDatabase.require();
        AtomicBoolean down = new AtomicBoolean();
        DataSource cut = switchable(db.freshSchema(), down);
        TemplateStore store = PostgresTemplateStore.open(cut);
        Gongwen gongwen = Gongwen.builder().templates(null).store(store).build();
        gongwen.createBureau("zijin-wsj", "紫金县卫生健康局");
        TemplateChange change = gongwen.putTemplate("zijin-wsj/redhead", FinishedDocuments.redhead(), "运维管理员", true);
        var document = gongwen.readText(SharedSamples.text(SharedSamples.ZHONGSHAN));
        assertThat(gongwen.render(document, "zijin-wsj/redhead", Format.PDF).templateVersion()).isEqualTo(change.version());

        down.set(true);
        TemplateStoreStatus status = gongwen.refreshTemplates();
        assertThat(status.up()).isFalse();
        assertThat(status.loaded()).isTrue();
        assertThat(status.templates()).isEqualTo(1);
        Rendered during = gongwen.render(document, "zijin-wsj/redhead", Format.PDF);
        assertThat(during.templateVersion()).isEqualTo(change.version());
        assertThatThrownBy(() -> gongwen.putTemplate("zijin-wsj/redhead", FinishedDocuments.redheadInSongti(), "运维管理员", true))
                .isInstanceOf(BadInputException.class).hasFieldOrPropertyWithValue("fault", Fault.UNAVAILABLE);
        assertThatThrownBy(() -> gongwen.rollbackTemplate("zijin-wsj/redhead", "运维管理员"))
                .hasFieldOrPropertyWithValue("fault", Fault.UNAVAILABLE);

        down.set(false);
        assertThat(gongwen.refreshTemplates().up()).isTrue();
        TemplateChange after = gongwen.putTemplate("zijin-wsj/redhead", FinishedDocuments.redheadInSongti(), "运维管理员", true);
        assertThat(gongwen.render(document, "zijin-wsj/redhead", Format.DOCX).templateVersion()).isEqualTo(after.version());
    }

    @Test
    void aReplicaThatStartsWithoutItsDatabaseServesBundledTemplatesUntilItAnswers() {
        db = TestDatabase.require();
        AtomicBoolean down = new AtomicBoolean(true);
        DataSource cut = switchable(db.freshSchema(), down);
        Gongwen gongwen = Gongwen.builder().templates(null)
                .store(new org.gongwen.store.LazyTemplateStore(() -> PostgresTemplateStore.open(cut), "postgresql test",
                        java.time.Duration.ZERO)).build();
        assertThat(gongwen.storeStatus().loaded()).isFalse();
        assertThat(gongwen.render(gongwen.readText(SharedSamples.text(SharedSamples.ZHONGSHAN)), "report", Format.PDF).bytes()).isNotEmpty();
        down.set(false);
        TemplateStoreStatus status = gongwen.refreshTemplates();
        assertThat(status.loaded()).isTrue();
        assertThat(status.up()).isTrue();
    }

    /** The data source, or one whose connections fail as a lost server's do while {@code down}. */
    private static DataSource switchable(DataSource real, AtomicBoolean down) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && down.get()) {
                        throw new SQLTransientConnectionException("Connection refused (test)", "08001");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
