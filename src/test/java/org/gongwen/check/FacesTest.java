package org.gongwen.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacesTest {
    @Test
    void bundledAndWindowsFacesAreNamedAsAClerkKnowsThem() {
        assertThat(Faces.official("ABCDEF+FandolFang-Regular-Identity-H")).isEqualTo("仿宋_GB2312");
        assertThat(Faces.official("FandolSong-Regular-Identity-H")).isEqualTo("宋体");
        assertThat(Faces.official("FandolHei-Bold")).isEqualTo("黑体");
        assertThat(Faces.official("FandolKai-Regular")).isEqualTo("楷体_GB2312");
        assertThat(Faces.official("SimHei")).isEqualTo("黑体");
        assertThat(Faces.official("SimSun,Bold")).isEqualTo("宋体");
        assertThat(Faces.official("FangSong_GB2312")).isEqualTo("仿宋_GB2312");
        assertThat(Faces.official("仿宋")).isEqualTo("仿宋");
    }

    @Test
    void anUnknownFaceKeepsItsNameWithoutSubsetTagOrCmap() {
        assertThat(Faces.official("QWERTY+MyHouseFont-Light-Identity-H")).isEqualTo("MyHouseFont-Light");
        assertThat(Faces.official("Helvetica")).isEqualTo("Helvetica");
        assertThat(Faces.official("STSong-Light-UniGB-UCS2-H")).isEqualTo("STSong-Light");
    }
}
