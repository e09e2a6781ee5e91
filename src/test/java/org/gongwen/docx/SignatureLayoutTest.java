package org.gongwen.docx;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureLayoutTest {

    @Test
    void signatureTwoCharsFromTheRightAndDateTwoCharsRightOfItsStart() {
        // 紫金县卫生健康局 = 8 字; 2025年1月20日 = 3 + 7 × ½ = 6.5 字
        SignatureLayout l = SignatureLayout.of(List.of("紫金县卫生健康局"), "2025年1月20日", 2, 2);
        assertThat(l.issuerRightChars()).containsExactly(2.0);
        double signatureStart = 28 - 2 - 8, dateStart = 28 - l.dateRightChars() - 6.5;
        assertThat(dateStart - signatureStart).isEqualTo(2);
    }

    @Test
    void aLongerDateKeepsItsRightSpaceAndPushesTheSignatureLeft() {
        SignatureLayout l = SignatureLayout.of(List.of("某局"), "2025年10月20日", 2, 2);
        assertThat(l.dateRightChars()).isEqualTo(2);
        double signatureStart = 28 - l.issuerRightChars().get(0) - 2, dateStart = 28 - 2 - 7;
        assertThat(dateStart - signatureStart).isEqualTo(2);
        assertThat(l.issuerRightChars().get(0)).isEqualTo(9);
    }

    @Test
    void severalIssuersStartInOneColumn() {
        SignatureLayout l = SignatureLayout.of(List.of("上海市生态环境局", "上海市规划和自然资源局"), "2026年7月21日", 2, 2);
        assertThat(l.issuerRightChars()).containsExactly(5.0, 2.0);
        assertThat(l.dateRightChars()).isEqualTo(4.5);
    }

    @Test
    void aDateWithoutSignatureTakesTheMinimumRightSpace() {
        assertThat(SignatureLayout.of(List.of(), "2026年1月23日", 2, 2).dateRightChars()).isEqualTo(2);
    }

    @Test
    void datesAreWrittenWithoutZeroPadding() {
        assertThat(SignatureLayout.chineseDate(LocalDate.of(2025, 1, 20))).isEqualTo("2025年1月20日");
        assertThat(SignatureLayout.chineseDate(LocalDate.of(2025, 10, 5))).isEqualTo("2025年10月5日");
        assertThat(SignatureLayout.chineseDate(null)).isEmpty();
    }
}
