package gonghui.member;

/** Occupations of new forms of employment (新就业形态). */
public enum Occupation {
    /** 外卖配送员. */
    DELIVERY_RIDER,
    /** 快递员. */
    COURIER,
    /** 网约车司机. */
    RIDE_HAILING_DRIVER,
    /** 货车司机. */
    TRUCK_DRIVER,
    /** 网约配送员 and other platform gig work. */
    PLATFORM_WORKER,
    /** 家政服务员. */
    DOMESTIC_WORKER,
    /** 其他. */
    OTHER
}
