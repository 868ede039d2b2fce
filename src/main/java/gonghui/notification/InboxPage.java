package gonghui.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One page of a user's notifications, newest first, already in the reader's language.
 *
 * @param page the page number, from 1
 * @param total how many notifications the user has in all
 * @param unread how many of them the user has not read, counted up to 100
 */
public record InboxPage(List<Item> items, int page, int size, long total, long unread) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /**
     * A notification as its reader sees it.
     *
     * @param addressedTo the organisation it was sent to, or null when sent to the reader's own account
     * @param createdAt when it was sent, in the federation's time zone (Asia/Shanghai)
     */
    public record Item(long id, String text, String link, String addressedTo, ZonedDateTime createdAt, boolean read) {

        /** The time it was sent, e.g. 09:05. */
        public String timeOfDay() {
            return createdAt.format(DateTimeFormatter.ofPattern("HH:mm"));
        }
    }
}
