package gonghui.station;

/** A station's visits today and over the last 30 days (today included). */
public record VisitFigures(long today, long lastThirtyDays) {

    public static final VisitFigures NONE = new VisitFigures(0, 0);
}
