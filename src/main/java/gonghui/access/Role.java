package gonghui.access;

import static gonghui.access.Capability.APPROVE_PAYMENTS;
import static gonghui.access.Capability.EDIT_CALENDAR;
import static gonghui.access.Capability.HANDLE_ASSIGNED_CASES;
import static gonghui.access.Capability.MANAGE_ACCOUNTS;
import static gonghui.access.Capability.MANAGE_RECORDS;
import static gonghui.access.Capability.OWN_RECORDS;
import static gonghui.access.Capability.VIEW_AUDIT_LOG;
import static gonghui.access.Capability.VIEW_PERSONAL_DATA;
import static gonghui.access.Capability.VIEW_RECORDS;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a user may do: each role grants capabilities with a {@link Scope}. Where a subtree-wide grant applies is the
 * subtree of the user's organisation; the amount limits of {@link Capability#isLimited() limited} capabilities are
 * configuration (see {@link AccessPolicy}).
 */
public enum Role {
    PROVINCE_ADMIN(
            Scope.SUBTREE,
            VIEW_RECORDS,
            MANAGE_RECORDS,
            VIEW_PERSONAL_DATA,
            MANAGE_ACCOUNTS,
            VIEW_AUDIT_LOG,
            EDIT_CALENDAR,
            APPROVE_PAYMENTS),
    FEDERATION_ADMIN(Scope.SUBTREE, VIEW_RECORDS, MANAGE_RECORDS, MANAGE_ACCOUNTS, VIEW_AUDIT_LOG, APPROVE_PAYMENTS),
    FEDERATION_CADRE(Scope.SUBTREE, VIEW_RECORDS, MANAGE_RECORDS, APPROVE_PAYMENTS),
    GRASSROOTS_CADRE(Scope.SUBTREE, VIEW_RECORDS, MANAGE_RECORDS, VIEW_PERSONAL_DATA),
    /** Assigned cases only. */
    MEDIATOR(Scope.ASSIGNED_CASES, HANDLE_ASSIGNED_CASES),
    /** A worker: own records only. */
    MEMBER(Scope.OWN_RECORDS, OWN_RECORDS);

    private final Map<Capability, Scope> scopes;

    Role(Scope scope, Capability... capabilities) {
        Map<Capability, Scope> map = new EnumMap<>(Capability.class);
        for (Capability capability : capabilities) {
            map.put(capability, scope);
        }
        this.scopes = Collections.unmodifiableMap(map);
    }

    public boolean grants(Capability capability) {
        return scopes.containsKey(capability);
    }

    /** Where this role's grant of the capability applies, if it grants it. */
    public Optional<Scope> scope(Capability capability) {
        return Optional.ofNullable(scopes.get(capability));
    }

    /** The capabilities this role grants, with their scopes. */
    public Map<Capability, Scope> scopes() {
        return scopes;
    }

    /**
     * Whether an account of this role may sit at an organisation of {@code level}: a province admin at the province,
     * federation roles at federations, grassroots cadres and members at a grassroots union or its units.
     */
    public boolean isAllowedAt(OrganizationLevel level) {
        return switch (this) {
            case PROVINCE_ADMIN -> level == OrganizationLevel.PROVINCE;
            case FEDERATION_ADMIN, FEDERATION_CADRE -> level != OrganizationLevel.GRASSROOTS;
            case GRASSROOTS_CADRE, MEMBER -> level == OrganizationLevel.GRASSROOTS;
            case MEDIATOR -> true;
        };
    }

    /**
     * Whether everything this role allows, {@code other} allows too (so a holder of {@code other} may hand this role
     * out): each capability is granted by {@code other} with a scope that covers it, or is a narrower form of one
     * that {@code other} grants for its whole subtree (a cadre who may change every record may appoint a mediator).
     */
    public boolean isWithin(Role other) {
        return scopes.entrySet().stream()
                .allMatch(grant -> other.scope(grant.getKey())
                                .map(scope -> scope.covers(grant.getValue()))
                                .orElse(false)
                        || other.scope(grant.getKey().broader()).orElse(null) == Scope.SUBTREE);
    }
}
