package gonghui.organization;

import gonghui.access.CurrentUser;
import gonghui.access.OrganizationLevel;
import gonghui.shared.NotFoundException;
import gonghui.shared.Pinyin;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the union tree for other modules, always within the caller's subtree. */
@Service
public class OrganizationTree {

    /** Federations by region code (the real administrative order), other nodes by pinyin of their name. */
    static final Comparator<OrganizationSummary> DISPLAY_ORDER = Comparator.comparing(
                    (OrganizationSummary o) -> o.regionCode() == null ? "~" : o.regionCode())
            .thenComparing(OrganizationSummary::name, Pinyin.byPinyin());

    private final Organizations organizations;

    OrganizationTree(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The node, if it lies in the user's subtree. */
    public Optional<OrganizationSummary> find(long id, CurrentUser user) {
        return organizations.findSummary(id, user.organizationId());
    }

    /** The node, or {@link NotFoundException} when it is missing or outside the user's subtree. */
    public OrganizationSummary get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> new NotFoundException("organization", id));
    }

    /**
     * The subtree a list is limited to: below {@code organizationId} when given (a {@link NotFoundException} when it
     * lies outside the user's subtree), otherwise the user's own subtree.
     */
    public Subtree subtree(Long organizationId, CurrentUser user) {
        if (organizationId == null) {
            return Subtree.of(user);
        }
        if (!isVisible(organizationId, user)) {
            throw new NotFoundException("organization", organizationId);
        }
        return new Subtree(organizationId);
    }

    public boolean isVisible(long id, CurrentUser user) {
        return organizations.isWithin(user.organizationId(), id);
    }

    /** Whether {@code descendantId} lies in the subtree of {@code ancestorId} (the node itself included). */
    public boolean contains(long ancestorId, long descendantId) {
        return organizations.isWithin(ancestorId, descendantId);
    }

    /** How many organisations of each kind each row of {@link RollUp} stands for, keyed by row id and kind. */
    public Map<Long, Map<OrganizationKind, Long>> countByKind(RollUp rollUp) {
        return organizations.countByKind(rollUp);
    }

    public List<OrganizationSummary> children(long parentId, CurrentUser user) {
        get(parentId, user);
        return organizations.children(parentId).stream().sorted(DISPLAY_ORDER).toList();
    }

    /** The chain from the user's own top node down to {@code id}. */
    public List<OrganizationSummary> path(long id, CurrentUser user) {
        get(id, user);
        List<OrganizationSummary> ancestry = organizations.ancestry(id);
        int top = 0;
        while (top < ancestry.size() && ancestry.get(top).id() != user.organizationId()) {
            top++;
        }
        return ancestry.subList(Math.min(top, ancestry.size()), ancestry.size());
    }

    /**
     * Where each organisation lies, to tell twenty 一车间工会 apart: the chain above it below the province, e.g.
     * 锦州市总工会 › 义县总工会 › 某某公司工会委员会, by id.
     */
    public Map<Long, String> places(Collection<OrganizationSummary> found, CurrentUser user) {
        Map<Long, List<OrganizationSummary>> chains = organizations.ancestries(
                found.stream().map(OrganizationSummary::id).toList());
        Map<Long, String> places = new java.util.LinkedHashMap<>();
        for (OrganizationSummary organization : found) {
            List<OrganizationSummary> chain = chains.getOrDefault(organization.id(), List.of(organization));
            int top = 0;
            while (top < chain.size() && chain.get(top).id() != user.organizationId()) {
                top++;
            }
            places.put(
                    organization.id(),
                    chain.subList(top < chain.size() ? top : 0, chain.size() - 1).stream()
                            .filter(o -> o.parentId() != null)
                            .map(OrganizationSummary::name)
                            .collect(java.util.stream.Collectors.joining(" › ")));
        }
        return places;
    }

    public List<OrganizationSummary> search(String text, CurrentUser user, int limit) {
        return organizations.search(text, user.organizationId(), limit);
    }

    public Optional<Long> findIdByName(String exactName, CurrentUser user) {
        return organizations.findIdByExactName(exactName, user.organizationId());
    }

    public Map<Long, String> names(Collection<Long> ids) {
        return organizations.names(ids);
    }

    /** The level a node's cadres act at: by depth for federations, grassroots for a union and its units. */
    public OrganizationLevel level(long id) {
        List<OrganizationSummary> ancestry = organizations.ancestry(id);
        if (ancestry.isEmpty()) {
            throw new NotFoundException("organization", id);
        }
        if (ancestry.get(ancestry.size() - 1).kind() != OrganizationKind.FEDERATION) {
            return OrganizationLevel.GRASSROOTS;
        }
        return switch (ancestry.size()) {
            case 1 -> OrganizationLevel.PROVINCE;
            case 2 -> OrganizationLevel.CITY;
            default -> OrganizationLevel.DISTRICT;
        };
    }

    /**
     * Adds member counts of many nodes at once (bulk loads): each ancestor is updated once with the sum of its
     * descendants' deltas, in the caller's transaction.
     */
    @Transactional
    public void addMembers(Map<Long, Long> deltaByOrganization) {
        organizations.addMemberCounts(deltaByOrganization);
    }

    /** Keeps subtree member counts current: called by the member module in the same transaction. */
    @Transactional
    public void addMembers(long organizationId, long delta) {
        organizations.addMemberCount(organizationId, delta, false);
    }
}
