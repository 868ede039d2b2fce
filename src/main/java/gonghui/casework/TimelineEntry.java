package gonghui.casework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One line of a case's history: when (the instant, and as the federation's clock reads it), who (null for the system, e.g. the deadline sweeper), the transition taken
 * ({@code action}) with the states before and after, what happened as a message key and arguments, the note and the
 * attached documents.
 */
public record TimelineEntry<S extends Enum<S>>(
        long id,
        Instant at,
        LocalDateTime localTime,
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

    public boolean bySystem() {
        return actorUsername == null && actorName == null;
    }

    /** Taken by the worker the case is about (a {@link Requester}), not by a cadre or the system. */
    public boolean byRequester() {
        return actorUsername == null && actorName != null;
    }
}
