package gonghui.station;

import static gonghui.organization.OrganizationSql.nameOf;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The station registry: kept by the unions of the user's subtree; active stations are public. */
@Repository
public class Stations {

    private static final String COLUMNS = "select s.id, s.name, s.organization_id, "
            + nameOf("s.organization_id") + " as organization_name, s.address, s.latitude, s.longitude,"
            + " s.open_all_day, s.facilities, s.star_rating, s.service_phone, s.status, s.version from station s";
    private static final String IN_SUBTREE = COLUMNS + " where " + Subtree.condition("s.organization_id");

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final StationSettings settings;

    Stations(JdbcClient jdbc, OrganizationTree tree, StationSettings settings) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.settings = settings;
    }

    public Optional<Station> find(long id, CurrentUser user) {
        return withHours(Subtree.of(user)
                        .bind(jdbc.sql(IN_SUBTREE + " and s.id = :id"))
                        .param("id", id)
                        .query(Stations::row)
                        .list())
                .stream()
                .findFirst();
    }

    public Station get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> new NotFoundException("station", id));
    }

    /** Stations run by the unions below the chosen node (the user's own by default), by name. */
    public List<Station> list(Long organizationId, CurrentUser user) {
        Subtree scope = tree.subtree(organizationId, user);
        return withHours(scope.bind(jdbc.sql(IN_SUBTREE + " order by s.name, s.id"))
                .query(Stations::row)
                .list());
    }

    /** An active station by its code, for anyone. */
    public Optional<Station> findActive(String code) {
        Optional<Long> id = idOf(code);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return withHours(jdbc.sql(COLUMNS + " where s.id = :id and s.status = 'ACTIVE'")
                        .param("id", id.get())
                        .query(Stations::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** Active stations whose position lies in the box, with their hours; the finder sorts them by distance. */
    List<Station> activeWithin(double south, double west, double north, double east) {
        return withHours(jdbc.sql(COLUMNS + " where s.status = 'ACTIVE' and s.latitude between :south and :north"
                        + " and s.longitude between :west and :east")
                .param("south", BigDecimal.valueOf(south))
                .param("north", BigDecimal.valueOf(north))
                .param("west", BigDecimal.valueOf(west))
                .param("east", BigDecimal.valueOf(east))
                .query(Stations::row)
                .list());
    }

    /** The unions that run active stations, with the middle of their stations, for choosing an area. */
    List<StationArea> areas() {
        return jdbc.sql("select s.organization_id, " + nameOf("s.organization_id") + " as name, count(*) as stations,"
                        + " avg(s.latitude) as latitude, avg(s.longitude) as longitude from station s"
                        + " where s.status = 'ACTIVE' group by s.organization_id order by s.organization_id")
                .query((rs, row) -> new StationArea(
                        rs.getLong("organization_id"),
                        rs.getString("name"),
                        rs.getInt("stations"),
                        rs.getDouble("latitude"),
                        rs.getDouble("longitude")))
                .list();
    }

    @Transactional
    public long register(StationForm form, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        long organization = form.organizationId() == null ? user.organizationId() : form.organizationId();
        tree.get(organization, user);
        StationCheck.Checked station = StationCheck.check(form, settings.facilities());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into station (name, organization_id, address, latitude, longitude, open_all_day,"
                        + " facilities, star_rating, service_phone, status, created_by) values (:name, :org,"
                        + " :address, :lat, :lng, :allDay, :facilities, :stars, :phone, :status, :by)")
                .paramSource(values(station).addValue("org", organization).addValue("by", user.username()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeHours(id, station.hours());
        return id;
    }

    /** Changes a station of the user's subtree; a stale version (someone saved in between) is refused. */
    @Transactional
    public void update(long id, StationForm form, int version, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        Station existing = get(id, user);
        long organization = form.organizationId() == null ? existing.organizationId() : form.organizationId();
        tree.get(organization, user);
        StationCheck.Checked station = StationCheck.check(form, settings.facilities());
        int changed = jdbc.sql(
                        "update station set name = :name, organization_id = :org, address = :address,"
                                + " latitude = :lat, longitude = :lng, open_all_day = :allDay, facilities = :facilities,"
                                + " star_rating = :stars, service_phone = :phone, status = :status,"
                                + " updated_at = current_timestamp, version = version + 1 where id = :id and version = :version")
                .paramSource(values(station)
                        .addValue("org", organization)
                        .addValue("id", id)
                        .addValue("version", version))
                .update();
        if (changed == 0) {
            throw new RejectedException("version", "station.rejected.changedMeanwhile");
        }
        jdbc.sql("delete from station_opening_hours where station_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from station_closure where station_id = :id")
                .param("id", id)
                .update();
        writeHours(id, station.hours());
    }

    /** The public code of a station: printed on its poster and carried by its QR code. */
    static String codeOf(long id) {
        return String.format("YZ%06d", id);
    }

    /** The station id a public code stands for, if the text is one. */
    static Optional<Long> idOf(String code) {
        if (code == null || !code.matches("YZ\\d{6,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(code.substring(2)));
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource values(StationCheck.Checked s) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("name", s.name())
                .addValue("address", s.address())
                .addValue("lat", s.latitude())
                .addValue("lng", s.longitude())
                .addValue("allDay", s.hours().allDay())
                .addValue("facilities", String.join(",", s.facilities()))
                .addValue("stars", s.starRating())
                .addValue("phone", s.servicePhone())
                .addValue("status", s.status().name());
    }

    private void writeHours(long id, OpeningHours hours) {
        hours.week()
                .forEach((day, h) -> jdbc.sql("insert into station_opening_hours (station_id, weekday, opens_at,"
                                + " closes_at) values (:id, :day, :opens, :closes)")
                        .param("id", id)
                        .param("day", day.getValue())
                        .param("opens", h.opens().toString())
                        .param("closes", h.closes().toString())
                        .update());
        for (OpeningHours.Closure closure : hours.closures()) {
            jdbc.sql("insert into station_closure (station_id, first_day, last_day, reason) values (:id, :first,"
                            + " :last, :reason)")
                    .param("id", id)
                    .param("first", closure.firstDay())
                    .param("last", closure.lastDay())
                    .param("reason", closure.reason())
                    .update();
        }
    }

    /** The stations with their weekly hours and closures, read in two statements for all of them. */
    private List<Station> withHours(List<Station> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = rows.stream().map(Station::id).toList();
        Map<Long, Map<DayOfWeek, OpeningHours.Hours>> weeks = new HashMap<>();
        Map<Long, List<OpeningHours.Closure>> closures = new HashMap<>();
        for (List<Long> batch : batches(ids)) {
            jdbc.sql("select station_id, weekday, opens_at, closes_at from station_opening_hours"
                            + " where station_id in (:ids)")
                    .param("ids", batch)
                    .query((ResultSet rs) -> {
                        weeks.computeIfAbsent(rs.getLong("station_id"), k -> new EnumMap<>(DayOfWeek.class))
                                .put(
                                        DayOfWeek.of(rs.getInt("weekday")),
                                        new OpeningHours.Hours(
                                                LocalTime.parse(rs.getString("opens_at")),
                                                LocalTime.parse(rs.getString("closes_at"))));
                    });
            jdbc.sql("select station_id, first_day, last_day, reason from station_closure where station_id in (:ids)"
                            + " order by first_day")
                    .param("ids", batch)
                    .query((ResultSet rs) -> {
                        closures.computeIfAbsent(rs.getLong("station_id"), k -> new ArrayList<>())
                                .add(new OpeningHours.Closure(
                                        rs.getObject("first_day", LocalDate.class),
                                        rs.getObject("last_day", LocalDate.class),
                                        rs.getString("reason")));
                    });
        }
        return rows.stream()
                .map(r -> r.withHours(new OpeningHours(
                        r.hours().allDay(),
                        weeks.getOrDefault(r.id(), Map.of()),
                        closures.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    private static List<List<Long>> batches(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            batches.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return batches;
    }

    /** A station with its all-day flag; its weekly hours and closures are added by {@link #withHours}. */
    private static Station row(ResultSet rs, int row) throws SQLException {
        String facilities = rs.getString("facilities");
        return new Station(
                rs.getLong("id"),
                codeOf(rs.getLong("id")),
                rs.getString("name"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getString("address"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                facilities == null || facilities.isBlank() ? List.of() : Arrays.asList(facilities.split(",")),
                rs.getObject("star_rating", Integer.class),
                rs.getString("service_phone"),
                StationStatus.valueOf(rs.getString("status")),
                new OpeningHours(rs.getBoolean("open_all_day"), Map.of(), List.of()),
                rs.getInt("version"));
    }
}
