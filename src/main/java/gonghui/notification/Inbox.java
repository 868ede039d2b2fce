package gonghui.notification;

import gonghui.access.CurrentUser;
import gonghui.shared.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's notifications: those sent to their account and those sent to their own organisation node. A cadre does
 * not see what was sent to the nodes below: each node's cadres have their own inbox, and whatever the level above
 * must know (a task of theirs overdue, a report) is sent to that level too. Each account reads on its own.
 */
@Component
record Inbox(JdbcClient jdbc, MessageText texts, Clock clock) {
    /** The unread count is counted up to this many; the navigation shows "99+" beyond. */
    static final int UNREAD_CAP = 100;

    private static final String MINE = " ((n.recipient_kind = 'ORGANIZATION' and n.recipient_id = :organization)"
            + " or (n.recipient_kind = 'ACCOUNT' and n.recipient_id = :account)) ";
    private static final String UNREAD = " not exists (select 1 from notification_read r"
            + " where r.account_id = :account and r.notification_id = n.id) ";

    /** The page-th page (from 1) of {@code size} notifications, newest first. */
    InboxPage page(CurrentUser user, int page, int size, Locale locale) {
        int number = Math.max(1, page);
        List<Row> rows = mine(
                        jdbc.sql("select n.id, n.recipient_kind, n.recipient_id, n.message_key, n.arguments,"
                                        + " n.link, n.created_at, r.read_at from notification n"
                                        + " left join notification_read r on r.notification_id = n.id and r.account_id = :account"
                                        + " where" + MINE
                                        + "order by n.id desc offset :offset rows fetch next :size rows only")
                                .param("offset", (long) (number - 1) * size)
                                .param("size", size),
                        user)
                .query((rs, i) -> new Row(
                        rs.getLong("id"),
                        new Recipient(
                                Recipient.Kind.valueOf(rs.getString("recipient_kind")), rs.getLong("recipient_id")),
                        Message.fromStored(rs.getString("message_key"), rs.getString("arguments")),
                        rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("read_at", OffsetDateTime.class) != null))
                .list();
        long total = mine(jdbc.sql("select count(*) from notification n where" + MINE), user)
                .query(Long.class)
                .single();
        var rendering = texts.prepare(rows.stream().map(Row::message).toList(), List.of(user.organizationId()), locale);
        List<InboxPage.Item> items = rows.stream()
                .map(row -> new InboxPage.Item(
                        row.id(),
                        rendering.text(row.message()),
                        row.link(),
                        row.recipient().kind() == Recipient.Kind.ORGANIZATION
                                ? rendering.organizationName(row.recipient().id())
                                : null,
                        row.createdAt().atZoneSameInstant(clock.getZone()),
                        row.read()))
                .toList();
        return new InboxPage(items, number, size, total, unread(user));
    }

    /** How many notifications the user has not read, up to {@link #UNREAD_CAP}: one indexed query per page view. */
    long unread(CurrentUser user) {
        return mine(
                        jdbc.sql("select count(*) from (select 1 as one from notification n where" + MINE + "and"
                                + UNREAD + "fetch first " + UNREAD_CAP + " rows only) unread"),
                        user)
                .query(Long.class)
                .single();
    }

    /** Marks one of the user's notifications read and returns where it links to; not found when it is not theirs. */
    Optional<String> markRead(long id, CurrentUser user) {
        Optional<String> link = mine(
                        jdbc.sql("select n.link from notification n where n.id = :id and" + MINE)
                                .param("id", id),
                        user)
                .query((rs, i) -> Optional.ofNullable(rs.getString("link")))
                .optional()
                .orElseThrow(() -> new NotFoundException("notification", id));
        insertReads(" and n.id = :id", id, user);
        return link;
    }

    void markAllRead(CurrentUser user) {
        insertReads("", null, user);
    }

    private void insertReads(String condition, Long id, CurrentUser user) {
        var statement = mine(
                        jdbc.sql("insert into notification_read (notification_id, account_id, read_at)"
                                + " select n.id, :account, :now from notification n where" + MINE + "and" + UNREAD
                                + condition),
                        user)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (id != null) {
            statement = statement.param("id", id);
        }
        try {
            statement.update();
        } catch (DuplicateKeyException e) {
            // Read at the same moment in another tab or on another node: the second pass only adds what is left.
            statement.update();
        }
    }

    private static JdbcClient.StatementSpec mine(JdbcClient.StatementSpec statement, CurrentUser user) {
        return statement.param("organization", user.organizationId()).param("account", user.accountId());
    }

    private record Row(
            long id, Recipient recipient, Message message, String link, OffsetDateTime createdAt, boolean read) {}
}
