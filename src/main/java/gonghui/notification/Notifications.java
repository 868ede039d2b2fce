package gonghui.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications: for modules that have something to tell a recipient where no event of theirs would say it
 * naturally. Most notifications come from events the notification module listens to.
 */
@Service
public class Notifications {

    private static final int MAX_ARGUMENTS_LENGTH = 4000;

    private final JdbcClient jdbc;
    private final List<Channel> channels;
    private final Clock clock;

    Notifications(JdbcClient jdbc, ObjectProvider<Channel> channels, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels.orderedStream().toList();
        this.clock = clock;
    }

    /**
     * Stores the message for the recipient and delivers it through every channel that reaches them, in the caller's
     * transaction; returns the notification's id.
     *
     * @param link a path in this application to open from the inbox, such as {@code /campaigns/tasks/12}, or null
     */
    @Transactional
    public long send(Recipient recipient, Message message, String link) {
        return store(null, recipient, message, link);
    }

    /**
     * Like {@link #send}, but at most once per occasion and recipient, for listeners whose event may be delivered
     * again after a restart; empty when it was sent before.
     */
    @Transactional
    public Optional<Long> sendOnce(String occasion, Recipient recipient, Message message, String link) {
        boolean sent = jdbc.sql("select count(*) from notification where occasion = :occasion"
                                + " and recipient_kind = :kind and recipient_id = :recipient")
                        .param("occasion", occasion)
                        .param("kind", recipient.kind().name())
                        .param("recipient", recipient.id())
                        .query(Long.class)
                        .single()
                > 0;
        return sent ? Optional.empty() : Optional.of(store(occasion, recipient, message, link));
    }

    private long store(String occasion, Recipient recipient, Message message, String link) {
        String arguments = message.argumentsJson();
        if (arguments.length() > MAX_ARGUMENTS_LENGTH) {
            throw new IllegalArgumentException("the arguments of " + message.key() + " are too long");
        }
        if (link != null && !isLocalPath(link)) {
            throw new IllegalArgumentException("a notification links to a path of this application, not " + link);
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into notification (recipient_kind, recipient_id, message_key, arguments, link, occasion,"
                        + " created_at) values (:kind, :recipient, :key, :arguments, :link, :occasion, :now)")
                .param("kind", recipient.kind().name())
                .param("recipient", recipient.id())
                .param("key", message.key())
                .param("arguments", arguments)
                .param("link", link)
                .param("occasion", occasion)
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Channel channel : channels) {
            if (channel.reaches(recipient)) {
                Channel.Attempt attempt = channel.deliver(id, recipient, message);
                jdbc.sql("insert into notification_delivery (notification_id, channel, status, detail, attempted_at)"
                                + " values (:id, :channel, :status, :detail, :now)")
                        .param("id", id)
                        .param("channel", channel.name())
                        .param("status", attempt.status().name())
                        .param("detail", attempt.detail())
                        .param("now", now)
                        .update();
            }
        }
        return id;
    }

    private static boolean isLocalPath(String link) {
        return link.length() <= 500 && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }
}
