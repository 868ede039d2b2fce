package gonghui.notification;

/**
 * A way a notification reaches its recipient. Every attempt is recorded with the status the channel reports, so a
 * channel that could not send says so and never claims a delivery.
 */
interface Channel {

    /** Stored with each attempt, e.g. {@code IN_APP}, {@code SMS}. */
    String name();

    /** Whether this channel can reach the recipient at all; only then is a delivery attempted and recorded. */
    boolean reaches(Recipient recipient);

    Attempt deliver(long notificationId, Recipient recipient, Message message);

    /** The outcome of one attempt; {@code detail} is a message key explaining it, or null. */
    record Attempt(Status status, String detail) {}

    enum Status {
        /** In the recipient's inbox. */
        DELIVERED,
        /** Not sent; the detail says why. */
        NOT_SENT
    }
}
