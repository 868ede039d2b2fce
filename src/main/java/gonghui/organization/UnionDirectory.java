package gonghui.organization;

import gonghui.shared.CreditCode;
import gonghui.shared.LikePattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The unions a worker may apply to, for the member service where nobody is a cadre: grassroots unions found by their
 * employer's name or credit code, and the district and county federations that take workers whose employer has no
 * union. Shows names and places only — never members, counts or anything else of the tree.
 */
@Service
public class UnionDirectory {

    /** A search shorter than this finds nothing: two characters of a company name are already many unions. */
    static final int SHORTEST_SEARCH = 2;

    private final JdbcClient jdbc;
    private final Organizations organizations;

    UnionDirectory(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** A union as an applicant chooses it: its name and where it is (the federations above it, city first). */
    public record UnionChoice(long id, String name, String place, OrganizationKind kind) {}

    /** Grassroots unions of the employer with this credit code, or whose employer or own name contains the text. */
    public List<UnionChoice> grassrootsUnions(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.codePointCount(0, query.length()) < SHORTEST_SEARCH) {
            return List.of();
        }
        String byCode = CreditCode.isValid(query) ? CreditCode.parse(query).value() : null;
        return choices(jdbc.sql("select o.id from organization o left join employer e on e.id = o.employer_id"
                        + " where o.kind = :grassroots and (e.credit_code = :code or e.name like :pattern or o.name"
                        + " like :pattern) order by o.name, o.id fetch first :limit rows only")
                .param("grassroots", OrganizationKind.GRASSROOTS.name())
                .param("code", byCode)
                .param("pattern", byCode != null ? "-" : LikePattern.containing(query))
                .param("limit", limit)
                .query(Long.class)
                .list());
    }

    /** The federations below the cities (districts and counties), in the order of their region codes. */
    public List<UnionChoice> territorialFederations() {
        return choices(
                jdbc.sql("select o.id from organization o join organization_closure c on c.descendant_id = o.id and"
                                + " c.distance = 2 join organization r on r.id = c.ancestor_id and r.parent_id is null where"
                                + " o.kind = :federation order by o.region_code, o.name")
                        .param("federation", OrganizationKind.FEDERATION.name())
                        .query(Long.class)
                        .list());
    }

    private List<UnionChoice> choices(List<Long> ids) {
        Map<Long, List<OrganizationSummary>> chains = organizations.ancestries(ids);
        return ids.stream()
                .map(id -> choice(chains.getOrDefault(id, List.of())))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A union that takes applications: a grassroots union, or a district or county federation. */
    public Optional<UnionChoice> applicableUnion(long id) {
        List<OrganizationSummary> ancestry = organizations.ancestry(id);
        return choice(ancestry).filter(choice -> choice.kind() == OrganizationKind.GRASSROOTS || ancestry.size() == 3);
    }

    /** The node directly above, the level a late case is reported to; empty for the province. */
    public Optional<Long> parentOf(long id) {
        return jdbc.sql("select parent_id from organization where id = :id and parent_id is not null")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    /** The union at the end of its chain from the province, placed by the federations above it. */
    private static Optional<UnionChoice> choice(List<OrganizationSummary> ancestry) {
        if (ancestry.isEmpty()) {
            return Optional.empty();
        }
        OrganizationSummary union = ancestry.get(ancestry.size() - 1);
        String place = ancestry.subList(Math.min(1, ancestry.size() - 1), ancestry.size() - 1).stream()
                .filter(o -> o.kind() == OrganizationKind.FEDERATION)
                .map(OrganizationSummary::name)
                .collect(Collectors.joining(" › "));
        return Optional.of(new UnionChoice(union.id(), union.name(), place, union.kind()));
    }
}
