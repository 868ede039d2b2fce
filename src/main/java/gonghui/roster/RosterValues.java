package gonghui.roster;

import gonghui.member.MemberCategory;
import gonghui.member.Occupation;
import gonghui.shared.Gender;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values people put in roster cells: dates in their many forms, genders, categories, occupations. */
final class RosterValues {

    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(\\d{1,2})\\s*日?)?.*");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int LAST_SERIAL = 2_958_465;

    private static final Map<String, MemberCategory> CATEGORIES = Map.ofEntries(
            Map.entry("职工", MemberCategory.EMPLOYEE),
            Map.entry("在职职工", MemberCategory.EMPLOYEE),
            Map.entry("农民工", MemberCategory.MIGRANT_WORKER),
            Map.entry("新就业形态劳动者", MemberCategory.NEW_EMPLOYMENT_FORM),
            Map.entry("新就业形态", MemberCategory.NEW_EMPLOYMENT_FORM),
            Map.entry("劳模", MemberCategory.MODEL_WORKER),
            Map.entry("劳动模范", MemberCategory.MODEL_WORKER));

    private static final Map<String, Occupation> OCCUPATIONS = Map.ofEntries(
            Map.entry("外卖配送员", Occupation.DELIVERY_RIDER),
            Map.entry("外卖骑手", Occupation.DELIVERY_RIDER),
            Map.entry("骑手", Occupation.DELIVERY_RIDER),
            Map.entry("快递员", Occupation.COURIER),
            Map.entry("快递小哥", Occupation.COURIER),
            Map.entry("网约车司机", Occupation.RIDE_HAILING_DRIVER),
            Map.entry("货车司机", Occupation.TRUCK_DRIVER),
            Map.entry("网约配送员", Occupation.PLATFORM_WORKER),
            Map.entry("家政服务员", Occupation.DOMESTIC_WORKER),
            Map.entry("其他", Occupation.OTHER));

    private RosterValues() {}

    /** A date as 2020-05-01, 2020/5/1, 2020.5.1, 2020年5月1日, 20200501 or an Excel date number; empty if blank. */
    static Optional<LocalDate> date(String text) throws IllegalArgumentException {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher compact = COMPACT_DATE.matcher(value);
            if (compact.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(compact.group(1)),
                        Integer.parseInt(compact.group(2)),
                        Integer.parseInt(compact.group(3))));
            }
            if (SERIAL.matcher(value).matches()) {
                long serial = (long) Double.parseDouble(value);
                if (serial < 1 || serial > LAST_SERIAL) {
                    throw new IllegalArgumentException("日期无效");
                }
                return Optional.of(EXCEL_EPOCH.plusDays(serial));
            }
            Matcher matcher = DATE.matcher(value);
            if (matcher.matches()) {
                int day = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
                return Optional.of(
                        LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), day));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("日期无效", e);
        }
        throw new IllegalArgumentException("日期格式无法识别，请写成2020-05-01");
    }

    static Optional<Gender> gender(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> Optional.empty();
            case "男", "男性", "m", "male" -> Optional.of(Gender.MALE);
            case "女", "女性", "f", "female" -> Optional.of(Gender.FEMALE);
            default -> throw new IllegalArgumentException("性别只能填写“男”或“女”");
        };
    }

    /** Blank means 职工. */
    static MemberCategory category(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return MemberCategory.EMPLOYEE;
        }
        MemberCategory category = CATEGORIES.get(value);
        if (category == null) {
            for (MemberCategory each : MemberCategory.values()) {
                if (each.name().equalsIgnoreCase(value)) {
                    return each;
                }
            }
            throw new IllegalArgumentException("会员类别只能是：职工、农民工、新就业形态劳动者、劳模");
        }
        return category;
    }

    /** Only new forms of employment record an occupation; empty when blank. */
    static Optional<Occupation> occupation(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Occupation occupation = OCCUPATIONS.get(value);
        if (occupation == null) {
            for (Occupation each : Occupation.values()) {
                if (each.name().equalsIgnoreCase(value)) {
                    return Optional.of(each);
                }
            }
            throw new IllegalArgumentException("新就业形态劳动者的职业只能是：外卖配送员、快递员、网约车司机、货车司机、网约配送员、家政服务员、其他");
        }
        return Optional.of(occupation);
    }

    static String label(MemberCategory category) {
        return switch (category) {
            case EMPLOYEE -> "职工";
            case MIGRANT_WORKER -> "农民工";
            case NEW_EMPLOYMENT_FORM -> "新就业形态劳动者";
            case MODEL_WORKER -> "劳模";
        };
    }

    static String label(Occupation occupation) {
        return switch (occupation) {
            case DELIVERY_RIDER -> "外卖配送员";
            case COURIER -> "快递员";
            case RIDE_HAILING_DRIVER -> "网约车司机";
            case TRUCK_DRIVER -> "货车司机";
            case PLATFORM_WORKER -> "网约配送员";
            case DOMESTIC_WORKER -> "家政服务员";
            case OTHER -> "其他";
        };
    }
}
