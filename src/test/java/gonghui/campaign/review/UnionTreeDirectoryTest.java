package gonghui.campaign.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionTreeDirectoryTest {

    @Test
    void aShortenedFederationNameIsTriedInFull() {
        assertThat(UnionTreeDirectory.candidates("沈阳市总")).containsExactly("沈阳市总", "沈阳市总工会");
        assertThat(UnionTreeDirectory.candidates("沈阳市")).containsExactly("沈阳市", "沈阳市总工会");
        assertThat(UnionTreeDirectory.candidates("和平区")).containsExactly("和平区", "和平区总工会");
    }

    @Test
    void aFederationWrittenWithoutItsLevelIsTriedAtEachLevel() {
        assertThat(UnionTreeDirectory.candidates("沈阳总工会")).startsWith("沈阳总工会").contains("沈阳市总工会", "沈阳县总工会");
    }

    @Test
    void aFullNameIsTriedAsWrittenFirst() {
        assertThat(UnionTreeDirectory.candidates("沈阳市总工会")).first().isEqualTo("沈阳市总工会");
        assertThat(UnionTreeDirectory.candidates("沈阳市总工会")).doesNotContain("沈阳市市总工会");
    }
}
