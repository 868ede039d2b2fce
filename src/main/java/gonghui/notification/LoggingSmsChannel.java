package gonghui.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The SMS channel while no SMS provider is configured: it records every message meant for a member's phone as not
 * sent and logs it, so nobody is told that a text went out. A provider's channel replaces this class.
 */
@Component
@Order(2)
class LoggingSmsChannel implements Channel {

    static final String NO_PROVIDER = "notification.delivery.noSmsProvider";

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsChannel.class);

    @Override
    public String name() {
        return "SMS";
    }

    /** Members are the recipients with a mobile number (kept by the member module); cadres read the inbox. */
    @Override
    public boolean reaches(Recipient recipient) {
        return recipient.kind() == Recipient.Kind.MEMBER;
    }

    @Override
    public Attempt deliver(long notificationId, Recipient recipient, Message message) {
        log.info("SMS for notification {} not sent: no SMS provider configured", notificationId);
        return new Attempt(Status.NOT_SENT, NO_PROVIDER);
    }
}
