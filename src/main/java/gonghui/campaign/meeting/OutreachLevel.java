package gonghui.campaign.meeting;

import gonghui.organization.OrganizationKind;
import java.util.Set;

/** Where an outreach lecture (宣讲) reached: 进基层、进企业、进车间、进班组. */
public enum OutreachLevel {
    GRASSROOTS(Set.of(OrganizationKind.FEDERATION, OrganizationKind.GRASSROOTS)),
    ENTERPRISE(Set.of(OrganizationKind.GRASSROOTS)),
    WORKSHOP(Set.of(OrganizationKind.WORKSHOP)),
    TEAM(Set.of(OrganizationKind.TEAM));

    private final Set<OrganizationKind> reachableKinds;

    OutreachLevel(Set<OrganizationKind> reachableKinds) {
        this.reachableKinds = reachableKinds;
    }

    /** Whether a union node of this kind can be the place an outreach of this level reached. */
    public boolean canReach(OrganizationKind kind) {
        return reachableKinds.contains(kind);
    }
}
