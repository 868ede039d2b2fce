package gonghui.member;

import gonghui.shared.Gender;
import gonghui.shared.InvalidIdentifierException;
import gonghui.shared.MobileNumber;
import gonghui.shared.PersonalDataCipher;
import gonghui.shared.Pinyin;
import gonghui.shared.ResidentIdNumber;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** A checked member, ready to store: numbers already encrypted, hashed and masked. */
record MemberRecord(
        long organizationId,
        String name,
        ProtectedNumber idNumber,
        ProtectedNumber mobile,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        String education,
        String employerName,
        Occupation occupation,
        MemberCategory category,
        MemberStatus status,
        LocalDate joinedOn) {

    /** Han characters, the middle dot of minority and foreign names, Latin letters and spaces. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•\\p{IsLatin} ]{2,50}");

    static final int MINIMUM_JOINING_AGE = 16;

    /** Checks what was entered; the problems map names each wrong field with a reason in Chinese. */
    static Checked check(NewMember input, LocalDate today, PersonalDataCipher cipher) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = input.name() == null ? "" : input.name().strip().replace('•', '·');
        if (name.isEmpty()) {
            problems.put("name", "请填写姓名");
        } else if (!NAME.matcher(name).matches()) {
            problems.put("name", "姓名只能包含汉字、字母和间隔号，长度2到50个字");
        }
        ResidentIdNumber id = null;
        try {
            id = ResidentIdNumber.parse(input.idNumber());
        } catch (InvalidIdentifierException e) {
            problems.put("idNumber", e.getMessage());
        }
        MobileNumber mobile = null;
        if (input.mobile() != null && !input.mobile().isBlank()) {
            try {
                mobile = MobileNumber.parse(input.mobile());
            } catch (InvalidIdentifierException e) {
                problems.put("mobile", e.getMessage());
            }
        }
        if (input.organizationId() == null) {
            problems.put("organizationId", "请选择所属工会");
        }
        if (input.category() == null) {
            problems.put("category", "请选择会员类别");
        } else if (input.category().requiresOccupation() && input.occupation() == null) {
            problems.put("occupation", "新就业形态劳动者须填写职业");
        }
        tooLong(problems, "ethnicity", input.ethnicity(), 20, "民族");
        tooLong(problems, "education", input.education(), 20, "学历");
        tooLong(problems, "employerName", input.employerName(), 200, "工作单位");
        if (input.joinedOn() == null) {
            problems.put("joinedOn", "请填写入会日期");
        } else if (input.joinedOn().isAfter(today)) {
            problems.put("joinedOn", "入会日期不能晚于今天");
        } else if (id != null && input.joinedOn().isBefore(id.birthDate().plusYears(MINIMUM_JOINING_AGE))) {
            problems.put("joinedOn", "入会日期早于本人年满" + MINIMUM_JOINING_AGE + "周岁");
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(
                new MemberRecord(
                        input.organizationId(),
                        name,
                        ProtectedNumber.of(id.value(), id.masked(), cipher),
                        mobile == null ? null : ProtectedNumber.of(mobile.value(), mobile.masked(), cipher),
                        id.gender(),
                        id.birthDate(),
                        blankToNull(input.ethnicity()),
                        blankToNull(input.education()),
                        blankToNull(input.employerName()),
                        input.category().requiresOccupation() ? input.occupation() : null,
                        input.category(),
                        MemberStatus.ACTIVE,
                        input.joinedOn()),
                Map.of());
    }

    MemberRecord withOrganization(long otherOrganizationId) {
        return new MemberRecord(
                otherOrganizationId,
                name,
                idNumber,
                mobile,
                gender,
                birthDate,
                ethnicity,
                education,
                employerName,
                occupation,
                category,
                status,
                joinedOn);
    }

    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("org", organizationId)
                .addValue("name", name)
                .addValue("initials", Pinyin.initials(name))
                .addValue("pinyin", Pinyin.full(name))
                .addValue("idCipher", idNumber.cipher())
                .addValue("idHash", idNumber.hash())
                .addValue("idMasked", idNumber.masked())
                .addValue("mobileCipher", mobile == null ? null : mobile.cipher())
                .addValue("mobileHash", mobile == null ? null : mobile.hash())
                .addValue("mobileMasked", mobile == null ? null : mobile.masked())
                .addValue("gender", gender.name())
                .addValue("birthDate", birthDate)
                .addValue("ethnicity", ethnicity)
                .addValue("education", education)
                .addValue("employer", employerName)
                .addValue("occupation", occupation == null ? null : occupation.name())
                .addValue("category", category.name())
                .addValue("status", status.name())
                .addValue("joinedOn", joinedOn);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A free-text field longer than its column holds is a problem of that field, not a database error. */
    private static void tooLong(Map<String, String> problems, String field, String value, int max, String label) {
        if (value != null && value.strip().length() > max) {
            problems.put(field, label + "不能超过" + max + "个字");
        }
    }

    /** The outcome of {@link #check}: a record, or the problems by field. */
    record Checked(MemberRecord record, Map<String, String> problems) {
        boolean isValid() {
            return problems.isEmpty();
        }
    }
}
