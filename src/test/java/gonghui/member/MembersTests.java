package gonghui.member;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.organization.Subtree;
import gonghui.shared.Gender;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The member repository against the real migrations: subtree scope and keyset paging in SQL. */
@JdbcTest
@Import(Members.class)
class MembersTests {

    private static final PersonalDataCipher CIPHER = new PersonalDataCipher(key(1), key(2));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    long shenyang;
    long dalian;

    @BeforeEach
    void cities() {
        shenyang = federation("210100");
        dalian = federation("210200");
    }

    @Test
    void aSearchSeesOnlyTheScopeAndPagesWithoutGapsOrRepeats() {
        List<Long> shenyangIds = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            shenyangIds.add(members.insert(aMember("沈阳会员", i, shenyang), "test"));
            members.insert(aMember("大连会员", 1000 + i, dalian), "test");
        }
        List<Long> seen = new ArrayList<>();
        Long cursor = null;
        do {
            var page = members.search(new MemberQuery(null, null, null, null, cursor), new Subtree(shenyang), null, 50);
            page.forEach(item -> seen.add(item.id()));
            cursor = page.size() < 50 ? null : page.get(page.size() - 1).id();
        } while (cursor != null);

        java.util.Collections.reverse(shenyangIds);
        assertThat(seen).containsExactlyElementsOf(shenyangIds);
    }

    @Test
    void namesAndInitialsMatchByPrefixWithinTheScope() {
        long shan = members.insert(aMember("单田芳", 1, shenyang), "test");
        members.insert(aMember("单田芳", 2, dalian), "test");
        members.insert(aMember("孙天方", 3, shenyang), "test");

        assertThat(members.search(query("stf"), new Subtree(shenyang), null, 50))
                .extracting(MemberListItem::id)
                .hasSize(2)
                .contains(shan);
        assertThat(members.search(query("单"), new Subtree(shenyang), null, 50))
                .extracting(MemberListItem::id)
                .containsExactly(shan);
        assertThat(members.search(query("田"), new Subtree(shenyang), null, 50)).isEmpty();
    }

    @Test
    void anIdNumberIsFoundByItsKeyedHashOnly() {
        MemberRecord record = aMember("王五", 7, shenyang);
        long id = members.insert(record, "test");
        String idNumber = ResidentIdNumber.of("210102", LocalDate.of(1980, 1, 1).plusDays(7), 7, Gender.MALE)
                .value();

        var found = members.search(query(idNumber), new Subtree(shenyang), CIPHER.hash(idNumber), 50);

        assertThat(found).extracting(MemberListItem::id).containsExactly(id);
        assertThat(members.findByIdNumberHash(CIPHER.hash(idNumber)))
                .map(Members.Existing::id)
                .contains(id);
        String stored = jdbc.sql("select id_number_cipher from member where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(idNumber);
        assertThat(CIPHER.decrypt(stored)).isEqualTo(idNumber);
    }

    private long federation(String regionCode) {
        return jdbc.sql("select id from organization where region_code = :code")
                .param("code", regionCode)
                .query(Long.class)
                .single();
    }

    private static MemberQuery query(String text) {
        return new MemberQuery(text, null, null, null, null);
    }

    private static MemberRecord aMember(String name, int n, long organization) {
        var id = ResidentIdNumber.of("210102", LocalDate.of(1980, 1, 1).plusDays(n), n % 500, Gender.MALE);
        var input = new NewMember(
                name,
                id.value(),
                null,
                organization,
                MemberCategory.EMPLOYEE,
                null,
                null,
                null,
                null,
                LocalDate.of(2020, 1, 1));
        return MemberRecord.check(input, TODAY, CIPHER).record();
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }
}
