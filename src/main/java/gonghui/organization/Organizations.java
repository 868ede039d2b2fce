package gonghui.organization;

import gonghui.shared.LikePattern;
import gonghui.shared.Pinyin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Reads and writes the tree; every read that a user triggers is limited to the subtree of {@code scope}. */
@Component
record Organizations(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {

    private static final String SUMMARY = "select o.id, o.parent_id, o.name, o.kind, o.region_code, o.member_count,"
            + " (select count(*) from organization c where c.parent_id = o.id) as child_count";
    private static final String IN_SCOPE =
            " exists (select 1 from organization_closure s where s.ancestor_id = :scope and s.descendant_id = o.id)";

    Optional<OrganizationSummary> findSummary(long id, long scope) {
        return jdbc.sql(SUMMARY + " from organization o where o.id = :id and" + IN_SCOPE)
                .param("id", id)
                .param("scope", scope)
                .query(Organizations::mapSummary)
                .optional();
    }

    Optional<OrganizationDetails> findDetails(long id, long scope) {
        return jdbc.sql(SUMMARY + ", o.chair_name, o.established_on, e.name as employer_name,"
                        + " e.credit_code, e.employee_count from organization o"
                        + " left join employer e on e.id = o.employer_id where o.id = :id and" + IN_SCOPE)
                .param("id", id)
                .param("scope", scope)
                .query((rs, row) -> new OrganizationDetails(
                        mapSummary(rs, row),
                        rs.getString("chair_name"),
                        rs.getObject("established_on", LocalDate.class),
                        rs.getString("employer_name"),
                        rs.getString("credit_code"),
                        (Integer) rs.getObject("employee_count")))
                .optional();
    }

    List<OrganizationSummary> children(long parentId) {
        return jdbc.sql(SUMMARY + " from organization o where o.parent_id = :parent")
                .param("parent", parentId)
                .query(Organizations::mapSummary)
                .list();
    }

    /** The chain from the root down to {@code id}, inclusive. */
    List<OrganizationSummary> ancestry(long id) {
        return jdbc.sql(SUMMARY + " from organization o join organization_closure a on a.ancestor_id = o.id"
                        + " where a.descendant_id = :id order by a.distance desc")
                .param("id", id)
                .query(Organizations::mapSummary)
                .list();
    }

    /** The chains from the province down to each organisation (itself last), for a whole list in one statement. */
    Map<Long, List<OrganizationSummary>> ancestries(Collection<Long> ids) {
        Map<Long, List<OrganizationSummary>> chains = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return chains;
        }
        jdbc.sql(SUMMARY + ", a.descendant_id from organization o join organization_closure a on a.ancestor_id = o.id"
                        + " where a.descendant_id in (:ids) order by a.descendant_id, a.distance desc")
                .param("ids", ids)
                .query((rs, row) -> chains.computeIfAbsent(
                                rs.getLong("descendant_id"), id -> new java.util.ArrayList<>())
                        .add(mapSummary(rs, row)))
                .list();
        return chains;
    }

    List<OrganizationSummary> search(String text, long scope, int limit) {
        String reading = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return jdbc.sql(SUMMARY + " from organization o where (o.name like :pattern or o.name_initials like :reading"
                        + " or o.name_pinyin like :reading) and" + IN_SCOPE
                        + " order by length(o.name), o.name, o.id fetch first :limit rows only")
                .param("pattern", LikePattern.containing(text))
                .param("reading", reading.isEmpty() ? "-" : LikePattern.containing(reading))
                .param("scope", scope)
                .param("limit", limit)
                .query(Organizations::mapSummary)
                .list();
    }

    Optional<Long> findIdByExactName(String name, long scope) {
        return jdbc.sql("select o.id from organization o where o.name = :name and" + IN_SCOPE
                        + " order by o.id fetch first 1 rows only")
                .param("name", name)
                .param("scope", scope)
                .query(Long.class)
                .optional();
    }

    Map<Long, Map<OrganizationKind, Long>> countByKind(RollUp rollUp) {
        Map<Long, Map<OrganizationKind, Long>> counts = new java.util.HashMap<>();
        rollUp.bind(jdbc.sql("select " + RollUp.ROW + " as row_id, o.kind, count(*) as n from organization o"
                        + RollUp.join("o.id") + " group by " + RollUp.ROW + ", o.kind"))
                .query((rs, i) -> counts.computeIfAbsent(
                                rs.getLong("row_id"), k -> new java.util.EnumMap<>(OrganizationKind.class))
                        .put(OrganizationKind.valueOf(rs.getString("kind")), rs.getLong("n")))
                .list();
        return counts;
    }

    boolean isWithin(long ancestorId, long descendantId) {
        return jdbc.sql("select count(*) from organization_closure where ancestor_id = :a and descendant_id = :d")
                        .param("a", ancestorId)
                        .param("d", descendantId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, name from organization where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Gives the names without a pinyin reading (rows of the seeding migrations) their initials and reading. */
    int readNamesInPinyin() {
        record Unread(long id, String name) {}
        List<Unread> unread = jdbc.sql("select id, name from organization where name_initials is null")
                .query((rs, row) -> new Unread(rs.getLong("id"), rs.getString("name")))
                .list();
        batch.batchUpdate(
                "update organization set name_initials = ?, name_pinyin = ? where id = ?",
                unread.stream()
                        .map(u -> new Object[] {Pinyin.initials(u.name()), Pinyin.full(u.name()), u.id()})
                        .toList());
        return unread.size();
    }

    long insert(long parentId, OrganizationForm form, Long employerId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organization (parent_id, name, name_initials, name_pinyin, kind, region_code,"
                        + " employer_id, chair_name, established_on) values (:parent, :name, :initials, :pinyin,"
                        + " :kind, :region, :employer, :chair, :established)")
                .param("parent", parentId)
                .param("name", form.name())
                .param("initials", Pinyin.initials(form.name()))
                .param("pinyin", Pinyin.full(form.name()))
                .param("kind", form.kind().name())
                .param("region", form.regionCode())
                .param("employer", employerId)
                .param("chair", form.chairName())
                .param("established", form.establishedOn())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("insert into organization_closure (ancestor_id, descendant_id, distance)"
                        + " select ancestor_id, cast(:id as bigint), distance + 1 from organization_closure"
                        + " where descendant_id = :parent"
                        + " union all select id, id, 0 from organization where id = :id")
                .param("id", id)
                .param("parent", parentId)
                .update();
        return id;
    }

    void update(long id, OrganizationForm form, Long employerId) {
        jdbc.sql("update organization set name = :name, name_initials = :initials, name_pinyin = :pinyin,"
                        + " region_code = :region, employer_id = :employer, chair_name = :chair, established_on ="
                        + " :established, updated_at = current_timestamp, version = version + 1 where id = :id")
                .param("name", form.name())
                .param("initials", Pinyin.initials(form.name()))
                .param("pinyin", Pinyin.full(form.name()))
                .param("region", form.regionCode())
                .param("employer", employerId)
                .param("chair", form.chairName())
                .param("established", form.establishedOn())
                .param("id", id)
                .update();
    }

    /** Re-hangs the subtree of {@code id} under {@code newParentId}, keeping the closure table exact. */
    void move(long id, long newParentId, long subtreeMembers) {
        addMemberCount(id, -subtreeMembers, true);
        jdbc.sql(
                        "delete from organization_closure where descendant_id in"
                                + " (select descendant_id from organization_closure where ancestor_id = :id)"
                                + " and ancestor_id in"
                                + " (select ancestor_id from organization_closure where descendant_id = :id and ancestor_id <> :id)")
                .param("id", id)
                .update();
        jdbc.sql("insert into organization_closure (ancestor_id, descendant_id, distance)"
                        + " select up.ancestor_id, down.descendant_id, up.distance + down.distance + 1"
                        + " from organization_closure up, organization_closure down"
                        + " where up.descendant_id = :parent and down.ancestor_id = :id")
                .param("parent", newParentId)
                .param("id", id)
                .update();
        jdbc.sql("update organization set parent_id = :parent, updated_at = current_timestamp, version = version + 1"
                        + " where id = :id")
                .param("parent", newParentId)
                .param("id", id)
                .update();
        addMemberCount(id, subtreeMembers, true);
    }

    /** Adds the deltas to the nodes and their ancestors, one update per ancestor whatever the number of nodes. */
    void addMemberCounts(Map<Long, Long> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        Map<Long, Long> byAncestor = new java.util.TreeMap<>();
        jdbc.sql("select ancestor_id, descendant_id from organization_closure where descendant_id in (:ids)")
                .param("ids", deltas.keySet())
                .query((rs, row) -> byAncestor.merge(rs.getLong(1), deltas.get(rs.getLong(2)), Long::sum))
                .list();
        List<Object[]> updates = byAncestor.entrySet().stream()
                .filter(entry -> entry.getValue() != 0)
                .map(entry -> new Object[] {entry.getValue(), entry.getKey()})
                .toList();
        batch.batchUpdate("update organization set member_count = member_count + ? where id = ?", updates);
    }

    /** Adds {@code delta} to the member count of the node and every ancestor (or only the ancestors). */
    void addMemberCount(long id, long delta, boolean ancestorsOnly) {
        if (delta == 0) {
            return;
        }
        jdbc.sql("update organization set member_count = member_count + :delta where id in"
                        + " (select ancestor_id from organization_closure where descendant_id = :id"
                        + (ancestorsOnly ? " and distance > 0" : "") + ")")
                .param("delta", delta)
                .param("id", id)
                .update();
    }

    static OrganizationSummary mapSummary(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new OrganizationSummary(
                rs.getLong("id"),
                rs.wasNull() ? null : parent,
                rs.getString("name"),
                OrganizationKind.valueOf(rs.getString("kind")),
                rs.getString("region_code"),
                rs.getLong("member_count"),
                rs.getInt("child_count"));
    }
}
