package gonghui.memberservice;

import gonghui.access.Capability;
import gonghui.casework.Lifecycle;
import gonghui.casework.TimeLimit;

/** Where an application to join (or to move a membership) stands; a late application is flagged, not a status. */
public enum JoinApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED;

    static final String APPROVE = "approve";
    static final String REJECT = "reject";

    /**
     * The worker files it (their own record), a cadre who manages the union's records approves or rejects it; both
     * close it. Due soon {@code dueSoon} ahead of the review limit.
     */
    static Lifecycle<JoinApplicationStatus> lifecycle(TimeLimit dueSoon) {
        return Lifecycle.of("join-application", JoinApplicationStatus.class)
                .opensIn(PENDING, Capability.OWN_RECORDS)
                .allow(APPROVE, Capability.MANAGE_RECORDS, APPROVED, PENDING)
                .allow(REJECT, Capability.MANAGE_RECORDS, REJECTED, PENDING)
                .closedIn(APPROVED, REJECTED)
                .dueSoonWithin(dueSoon)
                .build();
    }
}
