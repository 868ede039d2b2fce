package gonghui.notification;

/**
 * Sends a text message to a mobile number right away, for messages that must not wait or be stored (a sign-in
 * code). An operator's SMS provider implements it; without one, {@link #isConfigured()} is false and nothing is sent.
 */
public interface SmsGateway {

    boolean isConfigured();

    /** Sends the text of the message key (in Chinese) with its arguments. */
    void send(String mobile, String messageKey, Object... arguments);
}
