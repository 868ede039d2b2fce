package gonghui.notification;

import java.time.LocalDate;

/**
 * One argument of a {@link Message}, kept in a form that is rendered when the message is read: data as it is
 * (a task title), a message key (a status, translated for the reader), a date (written the reader's way) or an
 * organisation (its current name).
 *
 * @param kind how {@code value} is rendered
 * @param value the text, the message key, the ISO date or the organisation id
 */
public record Argument(Kind kind, String value) {

    public enum Kind {
        TEXT,
        LABEL,
        DATE,
        ORGANIZATION
    }

    public Argument {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("an argument needs a kind and a value");
        }
    }

    /** Data shown as it is, such as a title; long text is cut to {@code maxLength} characters and an ellipsis. */
    public static Argument text(String text, int maxLength) {
        String value = text == null ? "" : text.strip();
        return new Argument(Kind.TEXT, value.length() > maxLength ? value.substring(0, maxLength) + "…" : value);
    }

    public static Argument text(String text) {
        return text(text, 200);
    }

    /** A message key, e.g. {@code TaskStatus.DONE}, translated for the reader. */
    public static Argument label(String key) {
        return new Argument(Kind.LABEL, key);
    }

    public static Argument date(LocalDate date) {
        return new Argument(Kind.DATE, date.toString());
    }

    /** An organisation, shown by the name it has when the message is read. */
    public static Argument organization(long organizationId) {
        return new Argument(Kind.ORGANIZATION, Long.toString(organizationId));
    }
}
