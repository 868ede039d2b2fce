package gonghui.casework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One line of a case's history: when, who (null for the system, e.g. the deadline sweeper), the transition taken
 * ({@code action}) with the states before and after, what happened as a message key and arguments, the note and the
 * attached documents.
 */
public record TimelineEntry<S extends Enum<S>>(
        long id,
        Instant at,
        Long actorAccountId,
        String actorUsername,
        String actorName,
        String action,
        S from,
        S to,
        String messageKey,
        List<String> arguments,
        String note,
        List<Long> attachmentIds) {

    /** When, in mainland China. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(at, WorkingCalendar.CHINA);
    }

    public boolean bySystem() {
        return actorUsername == null;
    }
}
