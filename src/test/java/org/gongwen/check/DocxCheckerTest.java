package org.gongwen.check;

import org.gongwen.style.HouseStyle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocxCheckerTest {
    private static final HouseStyle HOUSE = Gbt9704Style.report();

    private static List<Finding> check(Draft d) throws Exception {
        return new DocxChecker().check(d.build(), HOUSE);
    }

    @Test
    void cleanDraftHasNoFindings() throws Exception {
        assertThat(check(Draft.clean())).isEmpty();
    }
}
