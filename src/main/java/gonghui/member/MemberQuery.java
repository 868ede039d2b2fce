package gonghui.member;

import gonghui.shared.MobileNumber;
import gonghui.shared.ResidentIdNumber;
import java.util.Locale;

/**
 * A member search: {@code text} is a name (prefix), pinyin — initials (zs → 张三) or the full reading (zhang, zhangsan)
 * — a full ID number or a full mobile number; the kind of search follows from what was typed. Part of a number is
 * not searched: personal numbers are found only whole, which the page says.
 */
public record MemberQuery(String text, Long organizationId, MemberStatus status, MemberCategory category, Long cursor) {

    public static final int PAGE_SIZE = 50;

    enum Kind {
        ALL,
        NAME,
        INITIALS,
        ID_NUMBER,
        MOBILE,
        PART_OF_A_NUMBER
    }

    public MemberQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    Kind kind() {
        if (text == null) {
            return Kind.ALL;
        }
        if (ResidentIdNumber.isValid(text)) {
            return Kind.ID_NUMBER;
        }
        if (MobileNumber.isValid(text)) {
            return Kind.MOBILE;
        }
        if (text.matches("[A-Za-z]+")) {
            return Kind.INITIALS;
        }
        if (text.matches("[0-9Xx \\-]{3,}")) {
            return Kind.PART_OF_A_NUMBER;
        }
        return Kind.NAME;
    }

    /** The normalised value to match: lower-case initials, the canonical ID or mobile number, or the name. */
    String normalizedText() {
        return switch (kind()) {
            case ALL, PART_OF_A_NUMBER -> null;
            case ID_NUMBER -> ResidentIdNumber.parse(text).value();
            case MOBILE -> MobileNumber.parse(text).value();
            case INITIALS -> text.toLowerCase(Locale.ROOT);
            case NAME -> text;
        };
    }

    /**
     * The search as the audit log may keep it: for a full ID or mobile number, its kind and the first characters of
     * its keyed hash (the number itself never reaches the log); otherwise the typed text.
     */
    public String auditText(String hash) {
        return isPersonalDataLookup() ? kind() + "#" + hash.substring(0, 16) : text;
    }

    /** Digits that are no whole ID or mobile number: not searched, so as not to find people by fragments. */
    public boolean isPartOfANumber() {
        return kind() == Kind.PART_OF_A_NUMBER;
    }

    public boolean isPersonalDataLookup() {
        return kind() == Kind.ID_NUMBER || kind() == Kind.MOBILE;
    }
}
