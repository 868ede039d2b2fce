package gonghui.campaign.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinAnnotationsTest {

    @Test
    void removesToneMarkedSyllablesAfterCharacters() {
        assertThat(PinyinAnnotations.remove("傳達(dá)學(xué)習(xí)黨的二十屆三中全會精神")).isEqualTo("傳達學習黨的二十屆三中全會精神");
        assertThat(PinyinAnnotations.remove("綠(lǜ)色 女(nǚ)工")).isEqualTo("綠色 女工");
        assertThat(PinyinAnnotations.remove("学（xué）习")).isEqualTo("学习");
    }

    @Test
    void removesToneNumbersAndTonelessReadingsOfTheCharacter() {
        assertThat(PinyinAnnotations.remove("传达(da2)学习(xi)")).isEqualTo("传达学习");
        assertThat(PinyinAnnotations.remove("绿(lv4)色")).isEqualTo("绿色");
    }

    @Test
    void keepsGenuineBrackets() {
        for (String text : new String[] {
            "党组(扩大)会议", "黨組(擴大)會議", "（二）深化改革", "职工之家(APP)上线", "工会(union)", "方法(an)", "第一(a)项", "见附件(pdf)", "(dá)开头"
        }) {
            assertThat(PinyinAnnotations.remove(text)).isEqualTo(text);
        }
    }
}
