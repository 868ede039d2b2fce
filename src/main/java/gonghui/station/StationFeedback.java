package gonghui.station;

import java.time.LocalDateTime;

/** One worker's word on a station, as its union reads it. */
public record StationFeedback(long id, Integer rating, StationProblem problem, String comment, LocalDateTime at) {

    /** What a worker sends: stars, a problem, a comment — at least one of them. */
    public record Form(Integer rating, StationProblem problem, String comment) {}

    /** The stars workers gave a station: their number and average. */
    public record Rating(long count, double average) {
        public static final Rating NONE = new Rating(0, 0);

        public String averageText() {
            return String.format(java.util.Locale.ROOT, "%.1f", average);
        }
    }
}
