package gonghui.campaign.directive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void showsReachedOverTotalWithARoundedPercentage() {
        assertThat(new Coverage(1, 3).text()).isEqualTo("1/3（33%）");
        assertThat(new Coverage(0, 0).text()).isEqualTo("—");
        assertThat(new Coverage(0, 0).percent()).isNull();
    }

    @Test
    void meetsATargetOnlyWhenTheShareIsAtLeastThePercentage() {
        assertThat(new Coverage(3, 10).meets(30)).isTrue();
        assertThat(new Coverage(2, 10).meets(30)).isFalse();
        assertThat(new Coverage(0, 10).meets(null)).isTrue();
        assertThat(new Coverage(0, 0).meets(50)).isTrue();
    }
}
