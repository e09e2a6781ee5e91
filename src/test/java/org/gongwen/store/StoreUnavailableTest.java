package org.gongwen.store;

import org.gongwen.model.Fault;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database errors mean "unavailable, retry later" (503) and which are bugs; no database needed. */
class StoreUnavailableTest {
    @Test
    void aLostOrRefusedConnectionIsUnavailability() {
        assertThat(PostgresTemplateStore.isUnavailable(new SQLException("refused", "08001"))).isTrue();
        assertThat(PostgresTemplateStore.isUnavailable(new SQLException("lost", "08006"))).isTrue();
        assertThat(PostgresTemplateStore.isUnavailable(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(PostgresTemplateStore.isUnavailable(new SQLTransientConnectionException("pool timed out"))).isTrue();
        assertThat(PostgresTemplateStore.isUnavailable(new SQLException("wrapped", null, new SQLException("io", "08006")))).isTrue();
    }

    @Test
    void aRefusedStatementIsNot() {
        assertThat(PostgresTemplateStore.isUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(PostgresTemplateStore.isUnavailable(new SQLException("syntax", "42601"))).isFalse();
        assertThat(PostgresTemplateStore.isUnavailable(new SQLException("no state"))).isFalse();
    }

    @Test
    void itIsAnsweredAs503AndSaysRendersGoOn() {
        StoreUnavailableException e = new StoreUnavailableException("postgresql jdbc:postgresql://db/gw", new SQLException("x", "08006"));
        assertThat(e.fault()).isEqualTo(Fault.UNAVAILABLE);
        assertThat(e.code()).isEqualTo("store-unavailable");
        assertThat(e.getMessage()).contains("jdbc:postgresql://db/gw");
    }

    @Test
    void aDescriptionKeepsNoCredentials() {
        assertThat(PostgresTemplateStore.withoutCredentials("jdbc:postgresql://u:secret@db:5432/gw?password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/gw");
        assertThat(PostgresTemplateStore.withoutCredentials("jdbc:postgresql://db/gw")).isEqualTo("jdbc:postgresql://db/gw");
    }
}
