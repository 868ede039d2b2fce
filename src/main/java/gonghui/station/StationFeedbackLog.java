package gonghui.station;

import gonghui.shared.PersonalDataCipher;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on stations, from anyone: a client (by a keyed hash of its address, never the address) may write
 * {@code gonghui.station.feedback-per-day} times a day about one station.
 */
@Repository
class StationFeedbackLog {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final int perDay;

    StationFeedbackLog(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            PersonalDataCipher cipher,
            Clock clock,
            StationSettings settings) {
        this.jdbc = jdbc;
        this.events = events;
        this.cipher = cipher;
        this.clock = clock;
        this.perDay = settings.feedbackPerDay();
    }

    /**
     * Records the feedback; a reported problem is besides published as {@link StationProblemReported}, for the union
     * that runs the station to deal with (the request module files it as a request to that union).
     */
    @Transactional
    void record(Station station, StationFeedback.Form form, String clientAddress) {
        long stationId = station.id();
        if (form.rating() == null
                && form.problem() == null
                && (form.comment() == null || form.comment().isBlank())) {
            throw new RejectedException("rating", "station.rejected.emptyFeedback");
        }
        if (form.rating() != null && (form.rating() < 1 || form.rating() > 5)) {
            throw new RejectedException("rating", "station.rejected.feedbackRating");
        }
        String comment = form.comment() == null || form.comment().isBlank()
                ? null
                : form.comment().strip();
        if (comment != null && comment.length() > 500) {
            throw new RejectedException("comment", "station.rejected.tooLong", 500);
        }
        String client = cipher.hash("station-feedback:" + clientAddress);
        LocalDateTime now = LocalDateTime.now(clock);
        long today = jdbc.sql("select count(*) from station_feedback where client_hash = :client and station_id ="
                        + " :station and created_at >= :since")
                .param("client", client)
                .param("station", stationId)
                .param("since", now.toLocalDate().atStartOfDay())
                .query(Long.class)
                .single();
        if (today >= perDay) {
            throw new RejectedException("comment", "station.rejected.feedbackLimit", perDay);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into station_feedback (station_id, rating, problem, comment, client_hash, created_at) values"
                        + " (:station, :rating, :problem, :comment, :client, :at)")
                .param("station", stationId)
                .param("rating", form.rating())
                .param("problem", form.problem() == null ? null : form.problem().name())
                .param("comment", comment)
                .param("client", client)
                .param("at", now)
                .update(keys, "id");
        if (form.problem() != null) {
            events.publishEvent(new StationProblemReported(
                    keys.getKeyAs(Number.class).longValue(),
                    stationId,
                    station.organizationId(),
                    station.name(),
                    form.problem(),
                    comment));
        }
    }

    StationFeedback.Rating rating(long stationId) {
        return jdbc.sql("select count(rating) as ratings, avg(cast(rating as numeric(4, 2))) as average from"
                        + " station_feedback where station_id = :station and rating is not null")
                .param("station", stationId)
                .query((rs, row) -> rs.getLong("ratings") == 0
                        ? StationFeedback.Rating.NONE
                        : new StationFeedback.Rating(rs.getLong("ratings"), rs.getDouble("average")))
                .single();
    }

    /** The newest feedback first, at most {@code limit}. */
    List<StationFeedback> recent(long stationId, int limit) {
        return jdbc.sql("select id, rating, problem, comment, created_at from station_feedback where station_id ="
                        + " :station order by id desc fetch first :limit rows only")
                .param("station", stationId)
                .param("limit", limit)
                .query((rs, row) -> new StationFeedback(
                        rs.getLong("id"),
                        rs.getObject("rating", Integer.class),
                        rs.getString("problem") == null ? null : StationProblem.valueOf(rs.getString("problem")),
                        rs.getString("comment"),
                        rs.getObject("created_at", LocalDateTime.class)))
                .list();
    }
}
