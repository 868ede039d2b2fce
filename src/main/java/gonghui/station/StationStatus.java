package gonghui.station;

/** Whether a station serves workers: only active stations are shown to the public. */
public enum StationStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
