package gonghui.campaign.meeting;

import gonghui.organization.OrganizationKind;
import java.util.Set;

/** Where an outreach lecture (宣讲) reached: 进基层、进企业、进车间、进班组. */
public enum OutreachLevel {
    GRASSROOTS("进基层", Set.of(OrganizationKind.FEDERATION, OrganizationKind.GRASSROOTS)),
    ENTERPRISE("进企业", Set.of(OrganizationKind.GRASSROOTS)),
    WORKSHOP("进车间", Set.of(OrganizationKind.WORKSHOP)),
    TEAM("进班组", Set.of(OrganizationKind.TEAM));

    private final String label;
    private final Set<OrganizationKind> reachableKinds;

    OutreachLevel(String label, Set<OrganizationKind> reachableKinds) {
        this.label = label;
        this.reachableKinds = reachableKinds;
    }

    /** The Chinese name used in exports; pages use the message bundle. */
    public String label() {
        return label;
    }

    /** Whether a union node of this kind can be the place an outreach of this level reached. */
    public boolean canReach(OrganizationKind kind) {
        return reachableKinds.contains(kind);
    }
}
