package gonghui.casework;

/** The statutory holidays of mainland China, which each calendar exception belongs to. */
public enum Holiday {
    NEW_YEAR,
    SPRING_FESTIVAL,
    QINGMING,
    LABOUR_DAY,
    DRAGON_BOAT,
    MID_AUTUMN,
    NATIONAL_DAY
}
