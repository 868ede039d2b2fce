package gonghui.campaign.meeting;

import static gonghui.organization.OrganizationSql.nameOf;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.campaign.directive.Directives;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import gonghui.shared.UniqueInsert;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Outreach lectures organised within the user's subtree. */
@Repository
public class Outreaches {

    private static final String SELECT = "select r.id, r.organization_id, " + nameOf("r.organization_id")
            + " as organization_name, r.directive_id, r.held_on, r.lecturer, r.lecture_team, r.reached_level,"
            + " r.reached_organization_id, " + nameOf("r.reached_organization_id") + " as reached_name,"
            + " r.reached_place, r.audience, r.summary from outreach r where " + Subtree.condition("r.organization_id");

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final Directives directives;
    private final ApplicationEventPublisher events;
    private final UniqueInsert once;

    Outreaches(
            JdbcClient jdbc,
            OrganizationTree tree,
            Directives directives,
            ApplicationEventPublisher events,
            UniqueInsert once) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.directives = directives;
        this.events = events;
        this.once = once;
    }

    public Optional<Outreach> find(long id, CurrentUser user) {
        return Subtree.of(user)
                .bind(jdbc.sql(SELECT + " and r.id = :id"))
                .param("id", id)
                .query(Outreaches::row)
                .optional();
    }

    public Outreach get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> new NotFoundException("outreach", id));
    }

    public List<Outreach> list(Long directiveId, Long organizationId, CurrentUser user) {
        Subtree scope = tree.subtree(organizationId, user);
        String sql = directiveId == null ? SELECT : SELECT + " and r.directive_id = :directive";
        return scope.bind(jdbc.sql(sql + " order by r.held_on, r.id"))
                .param("directive", directiveId)
                .query(Outreaches::row)
                .list();
    }

    @Transactional
    public long record(NewOutreach input, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        long organization = input.organizationId() == null ? user.organizationId() : input.organizationId();
        tree.get(organization, user);
        if (input.directiveId() != null) {
            directives.get(input.directiveId(), user);
        }
        if (input.heldOn() == null) {
            throw new RejectedException("heldOn", "campaign.rejected.outreachDate");
        }
        if (input.lecturer() == null || input.lecturer().isBlank()) {
            throw new RejectedException("lecturer", "campaign.rejected.lecturer");
        }
        if (input.reachedLevel() == null) {
            throw new RejectedException("reachedLevel", "campaign.rejected.reachedLevel");
        }
        if (input.reachedOrganizationId() != null) {
            OrganizationSummary reached = tree.get(input.reachedOrganizationId(), user);
            if (!input.reachedLevel().canReach(reached.kind())) {
                throw new RejectedException(
                        "reachedOrganizationId", "campaign.rejected.reachedWrongLevel", reached.name());
            }
        } else if (input.reachedPlace() == null || input.reachedPlace().isBlank()) {
            throw new RejectedException("reachedPlace", "campaign.rejected.reachedPlace");
        }
        if (input.audience() == null || input.audience() < 0) {
            throw new RejectedException("audience", "campaign.rejected.audience");
        }
        String place = input.reachedPlace() == null || input.reachedPlace().isBlank()
                ? null
                : cut(input.reachedPlace().strip(), 200);
        String lecturer = cut(input.lecturer().strip(), 200);
        String key = input.directiveId() + "|" + organization + "|" + input.heldOn() + "|"
                + lecturer.replaceAll("\\s+", "") + "|"
                + input.reachedLevel() + "|"
                + (input.reachedOrganizationId() != null
                        ? input.reachedOrganizationId()
                        : place == null ? "" : place.replaceAll("\\s+", ""));
        Optional<Long> inserted = once.unlessTaken(() -> insert(input, organization, lecturer, place, key, user));
        if (inserted.isEmpty()) {
            return sameOutreachOf(key, user);
        }
        long id = inserted.get();
        events.publishEvent(new OutreachRecorded(
                id,
                organization,
                input.directiveId(),
                input.reachedOrganizationId(),
                input.heldOn(),
                input.audience()));
        return id;
    }

    /** The outreach already recorded under the key: the user's own is given back, anyone else's refused. */
    private long sameOutreachOf(String key, CurrentUser user) {
        record Earlier(long id, String lecturer, LocalDate heldOn, String createdBy) {}
        Earlier earlier = jdbc.sql("select id, lecturer, held_on, created_by from outreach where duplicate_key = :key")
                .param("key", key)
                .query((rs, row) -> new Earlier(
                        rs.getLong("id"),
                        rs.getString("lecturer"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("created_by")))
                .single();
        if (earlier.createdBy().equals(user.username())) {
            return earlier.id();
        }
        throw new RejectedException(
                "lecturer", "campaign.rejected.duplicateOutreach", earlier.heldOn(), earlier.lecturer(), earlier.id());
    }

    private long insert(
            NewOutreach input, long organization, String lecturer, String place, String key, CurrentUser user) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into outreach (organization_id, directive_id, held_on, lecturer, lecture_team, reached_level,"
                        + " reached_organization_id, reached_place, audience, summary, created_by, duplicate_key)"
                        + " values (:org, :directive, :heldOn, :lecturer, :team, :level, :reached, :place, :audience,"
                        + " :summary, :createdBy, :duplicateKey)")
                .param("org", organization)
                .param("directive", input.directiveId())
                .param("heldOn", input.heldOn())
                .param("lecturer", lecturer)
                .param("team", Boolean.TRUE.equals(input.lectureTeam()))
                .param("level", input.reachedLevel().name())
                .param("reached", input.reachedOrganizationId())
                .param("place", place)
                .param("audience", input.audience())
                .param(
                        "summary",
                        input.summary() == null || input.summary().isBlank()
                                ? null
                                : cut(input.summary().strip(), 4000))
                .param("createdBy", user.username())
                .param("duplicateKey", key)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static Outreach row(ResultSet rs, int row) throws SQLException {
        return new Outreach(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                rs.getString("organization_name"),
                rs.getObject("directive_id", Long.class),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("lecturer"),
                rs.getBoolean("lecture_team"),
                OutreachLevel.valueOf(rs.getString("reached_level")),
                rs.getObject("reached_organization_id", Long.class),
                rs.getString("reached_name"),
                rs.getString("reached_place"),
                rs.getInt("audience"),
                rs.getString("summary"));
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
