package gonghui.station;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Visits per station and day, counted when a worker checks in by the station's QR code. */
@Repository
class StationVisits {

    private final JdbcClient jdbc;
    private final Clock clock;

    StationVisits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One more visit today; two check-ins at the same moment, even on two nodes, count two. Each statement commits
     * on its own (outside any transaction), so that losing the race to insert the day's row leaves nothing aborted
     * and the next attempt counts on the row the other one inserted.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void checkIn(long stationId) {
        LocalDate today = LocalDate.now(clock);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (increment(stationId, today) == 1) {
                return;
            }
            try {
                jdbc.sql("insert into station_visit (station_id, visited_on, visits) values (:station, :day, 1)")
                        .param("station", stationId)
                        .param("day", today)
                        .update();
                return;
            } catch (DuplicateKeyException someoneElseInsertedFirst) {
                // the row exists now: count on it
            }
        }
        throw new IllegalStateException("Could not count a visit of station " + stationId);
    }

    private int increment(long stationId, LocalDate day) {
        return jdbc.sql(
                        "update station_visit set visits = visits + 1 where station_id = :station and visited_on = :day")
                .param("station", stationId)
                .param("day", day)
                .update();
    }

    /** Visits today and over the last 30 days (today included), by station. */
    Map<Long, VisitFigures> figures(Collection<Long> stationIds) {
        Map<Long, VisitFigures> figures = new HashMap<>();
        if (stationIds.isEmpty()) {
            return figures;
        }
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("select station_id, sum(case when visited_on = :today then visits else 0 end) as visits_today,"
                        + " sum(visits) as visits_month from station_visit where station_id in (:ids) and visited_on > :since"
                        + " group by station_id")
                .param("today", today)
                .param("since", today.minusDays(30))
                .param("ids", List.copyOf(stationIds))
                .query((rs, row) -> figures.put(
                        rs.getLong("station_id"),
                        new VisitFigures(rs.getLong("visits_today"), rs.getLong("visits_month"))))
                .list();
        return figures;
    }
}
