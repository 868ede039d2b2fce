package gonghui.casework;

import gonghui.access.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The timeline entries of all cases, with their attachments. */
@Repository
class Timeline {

    /** Separates message arguments in one column; a control character no text field holds. */
    private static final String SEPARATOR = "\u001F";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Timeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** Appends the entry of a step taken on a case of {@code lifecycle} and returns it as it was stored. */
    <S extends Enum<S>> TimelineEntry<S> append(
            Lifecycle<S> lifecycle, long id, Instant now, Actor actor, String action, S from, S to, Entry entry) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS); // what both databases keep
        long entryId = append(
                lifecycle.type(),
                id,
                at,
                actor,
                action,
                from == null ? null : from.name(),
                to == null ? null : to.name(),
                entry);
        return new TimelineEntry<>(
                entryId,
                at,
                LocalDateTime.ofInstant(at, zone),
                actor == null ? null : actor.accountId(),
                actor == null ? null : actor.username(),
                actor == null ? null : actor.name(),
                action,
                from,
                to,
                entry.messageKey(),
                entry.arguments(),
                entry.note() == null ? null : cut(entry.note(), 4000),
                entry.attachmentIds().stream().distinct().sorted().toList());
    }

    /** Appends an entry; {@code actor} null for the system. */
    long append(String type, long id, Instant at, Actor actor, String action, String from, String to, Entry entry) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into casework_timeline (case_type, case_id, happened_at, actor_account_id, actor_username,"
                        + " actor_name, action, from_state, to_state, message_key, message_args, note) values (:type,"
                        + " :id, :at, :account, :username, :name, :action, :from, :to, :key, :args, :note)")
                .param("type", type)
                .param("id", id)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("account", actor == null ? null : actor.accountId())
                .param("username", actor == null ? null : actor.username())
                .param("name", actor == null ? null : actor.name())
                .param("action", action)
                .param("from", from)
                .param("to", to)
                .param("key", entry.messageKey())
                .param("args", arguments(entry.arguments()))
                .param("note", entry.note() == null ? null : cut(entry.note(), 4000))
                .update(keys, "id");
        long entryId = keys.getKeyAs(Number.class).longValue();
        for (long attachment : entry.attachmentIds().stream().distinct().toList()) {
            jdbc.sql("insert into casework_timeline_attachment (entry_id, attachment_id) values (:entry, :attachment)")
                    .param("entry", entryId)
                    .param("attachment", attachment)
                    .update();
        }
        return entryId;
    }

    <S extends Enum<S>> List<TimelineEntry<S>> of(Lifecycle<S> lifecycle, long id) {
        Map<Long, List<Long>> attachments = new HashMap<>();
        jdbc.sql("select a.entry_id, a.attachment_id from casework_timeline_attachment a"
                        + " join casework_timeline t on t.id = a.entry_id"
                        + " where t.case_type = :type and t.case_id = :id order by a.attachment_id")
                .param("type", lifecycle.type())
                .param("id", id)
                .query((rs, row) -> attachments
                        .computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>())
                        .add(rs.getLong("attachment_id")))
                .list();
        return jdbc.sql("select id, happened_at, actor_account_id, actor_username, actor_name, action, from_state,"
                        + " to_state, message_key, message_args, note from casework_timeline"
                        + " where case_type = :type and case_id = :id order by happened_at, id")
                .param("type", lifecycle.type())
                .param("id", id)
                .query((rs, row) -> entry(lifecycle, rs, attachments, zone))
                .list();
    }

    private static <S extends Enum<S>> TimelineEntry<S> entry(
            Lifecycle<S> lifecycle, ResultSet rs, Map<Long, List<Long>> attachments, ZoneId zone) throws SQLException {
        long id = rs.getLong("id");
        String arguments = rs.getString("message_args");
        Instant at = rs.getObject("happened_at", OffsetDateTime.class).toInstant();
        return new TimelineEntry<>(
                id,
                at,
                LocalDateTime.ofInstant(at, zone),
                rs.getObject("actor_account_id", Long.class),
                rs.getString("actor_username"),
                rs.getString("actor_name"),
                rs.getString("action"),
                lifecycle.state(rs.getString("from_state")),
                lifecycle.state(rs.getString("to_state")),
                rs.getString("message_key"),
                arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1)),
                rs.getString("note"),
                attachments.getOrDefault(id, List.of()));
    }

    /** Who took a step: a cadre's account, or a worker known by name only; null stands for the system. */
    record Actor(Long accountId, String username, String name) {

        static Actor of(CurrentUser user) {
            return new Actor(user.accountId(), user.username(), user.displayName());
        }

        static Actor of(Requester requester) {
            return new Actor(null, null, requester.displayName());
        }
    }

    private static String arguments(List<String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        String joined = String.join(
                SEPARATOR,
                arguments.stream()
                        .map(a -> a == null ? "" : a.replace(SEPARATOR, " "))
                        .toList());
        return cut(joined, 4000);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
