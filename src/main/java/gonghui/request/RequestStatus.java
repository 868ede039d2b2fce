package gonghui.request;

import gonghui.access.Capability;
import gonghui.casework.Lifecycle;
import gonghui.casework.TimeLimit;

/** Where a request stands; a late request is flagged by its due date, not a status. */
public enum RequestStatus {
    RECEIVED,
    ACCEPTED,
    IN_PROGRESS,
    CLOSED;

    static final String ACCEPT = "accept";
    static final String TRANSFER = "transfer";
    static final String HANDLE = "handle";
    static final String CLOSE = "close";
    static final String RATE = "rate";
    static final String REOPEN = "reopen";

    /**
     * The worker files it (their own record) or a cadre on the 12351 line files it for them; a cadre of the union it
     * sits with accepts, transfers, handles and closes it; the worker rates a closed request and, not satisfied,
     * reopens it. A transferred request is received anew by the union it went to.
     */
    static Lifecycle<RequestStatus> lifecycle(TimeLimit dueSoon) {
        return Lifecycle.of("request", RequestStatus.class)
                .opensIn(RECEIVED, Capability.OWN_RECORDS)
                .alsoOpenedBy(Capability.MANAGE_RECORDS)
                .allow(ACCEPT, Capability.MANAGE_RECORDS, ACCEPTED, RECEIVED)
                .allow(TRANSFER, Capability.MANAGE_RECORDS, RECEIVED, RECEIVED, ACCEPTED, IN_PROGRESS)
                .allow(HANDLE, Capability.MANAGE_RECORDS, IN_PROGRESS, ACCEPTED)
                .allow(CLOSE, Capability.MANAGE_RECORDS, CLOSED, ACCEPTED, IN_PROGRESS)
                .allow(RATE, Capability.OWN_RECORDS, CLOSED, CLOSED)
                .allow(REOPEN, Capability.OWN_RECORDS, IN_PROGRESS, CLOSED)
                .closedIn(CLOSED)
                .dueSoonWithin(dueSoon)
                .build();
    }
}
