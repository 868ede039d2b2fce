package gonghui.member;

import static org.assertj.core.api.Assertions.assertThat;

import gonghui.shared.Gender;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.ResidentIdNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final PersonalDataCipher CIPHER = new PersonalDataCipher(new byte[32], filled(32, (byte) 7));
    private static final String ID = ResidentIdNumber.of("210102", LocalDate.of(1990, 5, 1), 12, Gender.MALE)
            .value();

    @Test
    void aCompleteRegistrationIsAcceptedWithGenderAndBirthDateFromTheIdNumber() {
        var checked = MemberRecord.check(aRegistration(), TODAY, CIPHER);

        assertThat(checked.isValid()).isTrue();
        assertThat(checked.record().gender()).isEqualTo(Gender.MALE);
        assertThat(checked.record().birthDate()).isEqualTo(LocalDate.of(1990, 5, 1));
        assertThat(checked.record().idNumber().masked())
                .isEqualTo(ID.substring(0, 2) + "***************" + ID.substring(17));
        assertThat(checked.record().idNumber().cipher()).doesNotContain(ID);
        assertThat(checked.record().idNumber().hash()).isEqualTo(CIPHER.hash(ID));
        assertThat(checked.record().status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void idNumbersAreNormalisedBeforeTheyAreChecked() {
        String fullWidth = ID.chars()
                .mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '０')) : String.valueOf((char) c))
                .reduce("", String::concat);
        var checked = MemberRecord.check(withId(" " + fullWidth.toLowerCase() + " "), TODAY, CIPHER);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.record().idNumber().hash()).isEqualTo(CIPHER.hash(ID));
    }

    @Test
    void eachWrongFieldIsNamedWithAReasonInChinese() {
        var input = new NewMember(
                "张3",
                "210102199005011235",
                "1234",
                null,
                MemberCategory.NEW_EMPLOYMENT_FORM,
                null,
                null,
                null,
                null,
                TODAY.plusDays(1));

        var problems = MemberRecord.check(input, TODAY, CIPHER).problems();

        assertThat(problems).containsOnlyKeys("name", "idNumber", "mobile", "organizationId", "occupation", "joinedOn");
        assertThat(problems.get("idNumber")).contains("身份证号");
        assertThat(problems.get("mobile")).contains("手机号");
        assertThat(problems.get("occupation")).isEqualTo("新就业形态劳动者须填写职业");
        assertThat(problems.get("joinedOn")).isEqualTo("入会日期不能晚于今天");
    }

    @Test
    void freeTextLongerThanItsColumnIsAProblemOfItsFieldNotADatabaseError() {
        var input = new NewMember(
                "李明",
                ID,
                null,
                1L,
                MemberCategory.EMPLOYEE,
                null,
                "厂".repeat(201),
                "汉".repeat(21),
                "本".repeat(21),
                LocalDate.of(2020, 1, 1));

        assertThat(MemberRecord.check(input, TODAY, CIPHER).problems())
                .containsEntry("ethnicity", "民族不能超过20个字")
                .containsEntry("education", "学历不能超过20个字")
                .containsEntry("employerName", "工作单位不能超过200个字");
    }

    @Test
    void nobodyJoinsBeforeTheirSixteenthBirthday() {
        var input = new NewMember(
                "李明", ID, null, 1L, MemberCategory.EMPLOYEE, null, null, null, null, LocalDate.of(2006, 4, 30));

        assertThat(MemberRecord.check(input, TODAY, CIPHER).problems()).containsEntry("joinedOn", "入会日期早于本人年满16周岁");
    }

    @Test
    void minorityAndForeignNamesWithTheMiddleDotAreAccepted() {
        var input = new NewMember(
                "迪丽热巴·迪力木拉提", ID, null, 1L, MemberCategory.EMPLOYEE, null, null, null, null, LocalDate.of(2015, 1, 1));

        assertThat(MemberRecord.check(input, TODAY, CIPHER).problems()).isEmpty();
    }

    private static NewMember aRegistration() {
        return withId(ID);
    }

    private static NewMember withId(String id) {
        return new NewMember(
                "王小明",
                id,
                "13800138000",
                1L,
                MemberCategory.EMPLOYEE,
                null,
                "沈阳机床",
                "汉族",
                "大专",
                LocalDate.of(2015, 3, 1));
    }

    private static byte[] filled(int length, byte value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, value);
        return bytes;
    }
}
