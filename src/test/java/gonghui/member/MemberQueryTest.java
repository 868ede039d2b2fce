package gonghui.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberQueryTest {

    @Test
    void whatWasTypedDecidesHowMembersAreSearched() {
        assertThat(query(null).kind()).isEqualTo(MemberQuery.Kind.ALL);
        assertThat(query("  ").kind()).isEqualTo(MemberQuery.Kind.ALL);
        assertThat(query("张三").kind()).isEqualTo(MemberQuery.Kind.NAME);
        assertThat(query("ZS").kind()).isEqualTo(MemberQuery.Kind.INITIALS);
        assertThat(query("ZS").normalizedText()).isEqualTo("zs");
        assertThat(query("11010519491231002x").kind()).isEqualTo(MemberQuery.Kind.ID_NUMBER);
        assertThat(query("11010519491231002x").normalizedText()).isEqualTo("11010519491231002X");
        assertThat(query("110105491231002").normalizedText()).isEqualTo("11010519491231002X");
        assertThat(query("+86 138-0013-8000").kind()).isEqualTo(MemberQuery.Kind.MOBILE);
        assertThat(query("+86 138-0013-8000").normalizedText()).isEqualTo("13800138000");
    }

    @Test
    void onlyLookupsByIdOrMobileCountAsPersonalDataLookups() {
        assertThat(query("11010519491231002X").isPersonalDataLookup()).isTrue();
        assertThat(query("13800138000").isPersonalDataLookup()).isTrue();
        assertThat(query("zs").isPersonalDataLookup()).isFalse();
        assertThat(query("11010519491231002Y").kind()).isEqualTo(MemberQuery.Kind.NAME);
    }

    private static MemberQuery query(String text) {
        return new MemberQuery(text, null, null, null, null);
    }
}
