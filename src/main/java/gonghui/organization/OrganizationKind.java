package gonghui.organization;

import java.util.List;

/** The kinds of node in the union tree, and which kinds each may contain. */
public enum OrganizationKind {
    /** 总工会: province, city, district/county (and industry) federations. */
    FEDERATION,
    /** 基层工会: the union of one employer (or a joint union of several). */
    GRASSROOTS,
    /** 车间 (分工会). */
    WORKSHOP,
    /** 班组 (工会小组). */
    TEAM;

    public List<OrganizationKind> allowedChildren() {
        return switch (this) {
            case FEDERATION -> List.of(FEDERATION, GRASSROOTS);
            case GRASSROOTS -> List.of(WORKSHOP, TEAM);
            case WORKSHOP -> List.of(TEAM);
            case TEAM -> List.of();
        };
    }

    public boolean mayContain(OrganizationKind child) {
        return allowedChildren().contains(child);
    }
}
