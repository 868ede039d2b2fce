package gonghui.roster;

import gonghui.member.MemberCategory;
import gonghui.member.NewMember;
import gonghui.member.Occupation;
import gonghui.shared.Gender;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the cells of a roster row into what a registration needs, collecting the problems of the cells that cannot
 * be read; the member module then checks the rest (ID number, mobile, dates, …).
 */
final class RosterRowMapper {

    private static final int MAX_ETHNICITY = 20;
    private static final int MAX_EDUCATION = 20;
    private static final int MAX_EMPLOYER = 200;

    private final RosterHeader header;
    private final Long defaultOrganizationId;
    private final Function<String, Optional<Long>> organizationsByName;

    RosterRowMapper(
            RosterHeader header, Long defaultOrganizationId, Function<String, Optional<Long>> organizationsByName) {
        this.header = header;
        this.defaultOrganizationId = defaultOrganizationId;
        this.organizationsByName = organizationsByName;
    }

    /** A row read into a new member, with the gender and birth date the row states (to compare with the ID). */
    record RowInput(
            NewMember member,
            Map<RosterColumn, String> problems,
            Optional<Gender> gender,
            Optional<LocalDate> birthDate) {}

    RowInput map(SourceRow row) {
        Map<RosterColumn, String> problems = new EnumMap<>(RosterColumn.class);
        for (int column : row.formulaColumns()) {
            header.columns().entrySet().stream()
                    .filter(e -> e.getValue() == column)
                    .findFirst()
                    .ifPresent(e -> problems.put(e.getKey(), "单元格是公式，请复制后“选择性粘贴为数值”再导入"));
        }
        MemberCategory category = read(problems, RosterColumn.CATEGORY, row, RosterValues::category);
        Occupation occupation = category == MemberCategory.NEW_EMPLOYMENT_FORM
                ? orNull(read(problems, RosterColumn.OCCUPATION, row, RosterValues::occupation))
                : null;
        LocalDate joinedOn = orNull(read(problems, RosterColumn.JOINED_ON, row, RosterValues::date));
        Optional<Gender> gender = read(problems, RosterColumn.GENDER, row, RosterValues::gender);
        Optional<LocalDate> birthDate = read(problems, RosterColumn.BIRTH_DATE, row, RosterValues::date);
        String ethnicity = limited(problems, RosterColumn.ETHNICITY, row, MAX_ETHNICITY);
        String education = limited(problems, RosterColumn.EDUCATION, row, MAX_EDUCATION);
        String employer = limited(problems, RosterColumn.EMPLOYER, row, MAX_EMPLOYER);
        Long organizationId = organization(problems, row);
        NewMember member = new NewMember(
                text(row, RosterColumn.NAME),
                text(row, RosterColumn.ID_NUMBER),
                text(row, RosterColumn.MOBILE),
                organizationId,
                category,
                occupation,
                employer,
                ethnicity,
                education,
                joinedOn);
        return new RowInput(
                member,
                problems,
                gender == null ? Optional.empty() : gender,
                birthDate == null ? Optional.empty() : birthDate);
    }

    private Long organization(Map<RosterColumn, String> problems, SourceRow row) {
        String name = text(row, RosterColumn.ORGANIZATION).strip();
        if (name.isEmpty()) {
            if (defaultOrganizationId == null) {
                problems.put(RosterColumn.ORGANIZATION, "请填写所属工会");
            }
            return defaultOrganizationId;
        }
        Optional<Long> id = organizationsByName.apply(name);
        if (id.isEmpty()) {
            problems.put(RosterColumn.ORGANIZATION, "所属工会“" + name + "”不存在或不在您的管辖范围内");
            return null;
        }
        return id.get();
    }

    private static <T> T orNull(Optional<T> value) {
        return value == null ? null : value.orElse(null);
    }

    private String text(SourceRow row, RosterColumn column) {
        return row.cell(header.indexOf(column));
    }

    private String limited(Map<RosterColumn, String> problems, RosterColumn column, SourceRow row, int max) {
        String value = text(row, column).strip();
        if (value.length() > max) {
            problems.put(column, "内容过长，最多" + max + "个字");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    private <T> T read(
            Map<RosterColumn, String> problems, RosterColumn column, SourceRow row, Function<String, T> parser) {
        try {
            return parser.apply(text(row, column));
        } catch (IllegalArgumentException e) {
            problems.put(column, e.getMessage());
            return null;
        }
    }
}
