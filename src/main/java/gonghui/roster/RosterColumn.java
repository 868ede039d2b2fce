package gonghui.roster;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns a roster may have, each found by its Chinese header or one of the usual variants. */
enum RosterColumn {
    NAME("姓名", "name", "会员姓名", "职工姓名", "名字"),
    ID_NUMBER("身份证号", "idNumber", "身份证号码", "公民身份号码", "证件号码", "身份证", "证件号", "居民身份证号码"),
    MOBILE("手机号", "mobile", "手机号码", "联系电话", "手机", "电话", "联系方式", "电话号码"),
    GENDER("性别", null),
    BIRTH_DATE("出生日期", null, "出生年月", "出生年月日", "生日"),
    ETHNICITY("民族", "ethnicity"),
    EDUCATION("文化程度", "education", "学历"),
    EMPLOYER("工作单位", "employerName", "单位名称", "单位", "所在单位", "用人单位"),
    OCCUPATION("职业/工种", "occupation", "职业", "工种", "职业工种"),
    CATEGORY("会员类别", "category", "人员类别", "会员类型", "类别"),
    JOINED_ON("入会日期", "joinedOn", "入会时间", "入会年月"),
    ORGANIZATION("所属工会", "organizationId", "工会名称", "所在工会", "基层工会", "工会");

    private final String header;
    private final String field;
    private final List<String> variants;

    RosterColumn(String header, String field, String... variants) {
        this.header = header;
        this.field = field;
        this.variants = List.of(variants);
    }

    /** The header written in templates and exports. */
    String header() {
        return header;
    }

    boolean isRequired() {
        return this == NAME || this == ID_NUMBER;
    }

    /** The column a problem of {@code NewMember}'s field belongs to. */
    static Optional<RosterColumn> ofField(String field) {
        for (RosterColumn column : values()) {
            if (field.equals(column.field)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The column a header names, ignoring spaces, required-field stars and notes in brackets. */
    static Optional<RosterColumn> ofHeader(String text) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        for (RosterColumn column : values()) {
            if (normalize(column.header).equals(normalized)) {
                return Optional.of(column);
            }
            for (String variant : column.variants) {
                if (normalize(variant).equals(normalized)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = text.replace('（', '(').replace('）', ')');
        folded = folded.replaceAll("\\(.*?\\)", "").replaceAll("[\\s\\u3000*＊:：/／\\uFEFF]", "");
        return folded.toLowerCase(Locale.ROOT);
    }
}
