package gonghui.request;

import gonghui.casework.Case;
import gonghui.station.StationProblem;
import java.time.LocalDateTime;

/**
 * A request as the union handling it and the worker who filed it see it: the contact number masked only, and where
 * it stands on the casework kit.
 *
 * @param overdue open past its due date today
 */
public record Request(
        long id,
        RequestChannel channel,
        RequestType type,
        String description,
        String requesterName,
        ContactPreference contactPreference,
        String contactMasked,
        long organizationId,
        String organizationName,
        RequestComplexity complexity,
        int transferCount,
        int reopenCount,
        String result,
        RequestRating rating,
        String ratingComment,
        String stationName,
        StationProblem stationProblem,
        LocalDateTime filedAt,
        Case<RequestStatus> progress,
        boolean overdue) {

    public RequestStatus status() {
        return progress.state();
    }

    public boolean isOpen() {
        return progress.isOpen();
    }

    /** Closed and not yet rated since it was closed: the worker may rate it. */
    public boolean awaitsRating() {
        return status() == RequestStatus.CLOSED && rating == null;
    }
}
