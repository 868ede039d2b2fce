package gonghui.member;

/** Where a membership stands; active and retained members both count as members of their union. */
public enum MemberStatus {
    /** 在册. */
    ACTIVE,
    /** 保留会籍: retired or unemployed, keeps the membership without a working union. */
    RETAINED,
    /** 已退会. */
    WITHDRAWN;

    public boolean isCounted() {
        return this != WITHDRAWN;
    }
}
