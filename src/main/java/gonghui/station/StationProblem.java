package gonghui.station;

/** What a worker found wrong at a station. */
public enum StationProblem {
    LOCKED,
    BROKEN,
    NO_WATER,
    DIRTY,
    OTHER
}
