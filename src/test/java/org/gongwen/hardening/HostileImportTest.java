package org.gongwen.hardening;

import org.gongwen.hardening.HostileFiles.Hostile;
import org.gongwen.ingest.Importers;
import org.gongwen.model.BadInputException;
import org.gongwen.model.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The importers refuse hostile files with a BadInputException that says what to fix, never anything else. */
class HostileImportTest {
    /** Far above what any of these takes; only there so a hang fails instead of blocking the build. */
    static final Duration HANG = Duration.ofSeconds(60);

    static Stream<Hostile> refused() {
        return RefusedInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedAsBadInput(Hostile file) {
        BadInputException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(BadInputException.class, () -> Importers.read(file.name(), file.bytes())));
        assertThat(e.code()).matches("[a-z0-9-]+");
        assertThat(e.fault()).isIn(Fault.UNREADABLE, Fault.TOO_LARGE, Fault.TOO_COMPLEX, Fault.UNSUPPORTED, Fault.INVALID);
        assertThat(e.messageZh()).containsPattern("\\p{IsHan}").doesNotContain("Exception").doesNotContain("\n");
    }
}
