package org.gongwen.compose;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureTest {

    /** Where a line of {@code width} 字 starts on a 28-字 line, given its right space. */
    private static double start(double rightZi, double width) {
        return 28 - rightZi - width;
    }

    @Test
    void signatureTwoCharsFromTheRightAndDateTwoCharsRightOfItsStart() {
        // 紫金县卫生健康局办公室 = 11 字; 2025年1月20日 = 3 + 7 × ½ = 6.5 字
        Signature l = Signature.of(List.of("紫金县卫生健康局办公室"), "2025年1月20日", 2, 2);
        assertThat(l.issuerRightZi()).containsExactly(2.0);
        assertThat(l.dateRightZi()).isEqualTo(4.5);
        assertThat(start(l.dateRightZi(), 6.5) - start(2, 11)).isEqualTo(2);
    }

    @Test
    void aLongerDateKeepsItsRightSpaceAndPushesTheSignatureLeft() {
        Signature l = Signature.of(List.of("某局"), "2025年10月20日", 2, 2);
        assertThat(l.dateRightZi()).isEqualTo(2);
        assertThat(start(2, 7) - start(l.issuerRightZi().get(0), 2)).isEqualTo(2);
        assertThat(l.issuerRightZi().get(0)).isEqualTo(9);
    }

    /** Issue 13: 某某市人民政府 (7 字) over 2025年1月20日 (6.5 字) put the date ½ 字 from the edge. */
    @Test
    void aDateUpToTwoZiShorterStillKeepsTwoZiOnTheRight() {
        for (String issuer : List.of("某某市人民政府", "紫金县卫生健康局", "某某市人民政府办", "市政府")) {
            Signature l = Signature.of(List.of(issuer), "2025年1月20日", 2, 2);
            double w = Widths.zi(issuer);
            assertThat(l.dateRightZi()).as(issuer).isGreaterThanOrEqualTo(2);
            assertThat(l.issuerRightZi().get(0)).as(issuer).isGreaterThanOrEqualTo(2);
            assertThat(start(l.dateRightZi(), 6.5) - start(l.issuerRightZi().get(0), w)).as(issuer).isEqualTo(2);
            // one of the two keeps exactly its 2 字
            assertThat(Math.min(l.dateRightZi(), l.issuerRightZi().get(0))).as(issuer).isEqualTo(2);
        }
    }

    @Test
    void severalIssuersStartInOneColumn() {
        Signature l = Signature.of(List.of("上海市生态环境局", "上海市规划和自然资源局"), "2026年7月21日", 2, 2);
        assertThat(l.issuerRightZi()).containsExactly(5.0, 2.0);
        assertThat(l.dateRightZi()).isEqualTo(4.5);
    }

    @Test
    void aDateWithoutSignatureTakesTheMinimumRightSpace() {
        assertThat(Signature.of(List.of(), "2026年1月23日", 2, 2).dateRightZi()).isEqualTo(2);
    }

    @Test
    void theHouseRightSpacesAreKept() {
        // a house that sets the signature 右空四字 keeps it; the date follows 2 字 right of its start
        Signature l = Signature.of(List.of("紫金县卫生健康局"), "2025年1月20日", 4, 2);
        assertThat(l.issuerRightZi()).containsExactly(4.0);
        assertThat(l.dateRightZi()).isEqualTo(3.5);
    }

    @Test
    void datesAreWrittenWithoutZeroPadding() {
        assertThat(ChineseDate.of(LocalDate.of(2025, 1, 20))).isEqualTo("2025年1月20日");
        assertThat(ChineseDate.of(LocalDate.of(2025, 10, 5))).isEqualTo("2025年10月5日");
        assertThat(ChineseDate.of(null)).isEmpty();
    }
}
