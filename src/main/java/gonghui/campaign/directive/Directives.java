package gonghui.campaign.directive;

import static gonghui.organization.OrganizationSql.nameOf;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.organization.OrganizationTree;
import gonghui.organization.Subtree;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import gonghui.shared.UniqueInsert;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directives a user may see: those aimed at a subtree that contains the user's organisation (issued from above)
 * and those aimed inside the user's own subtree (issued by the user's level or below).
 */
@Repository
public class Directives {

    private static final String SELECT = "select d.id, d.issuing_organization_id, "
            + nameOf("d.issuing_organization_id") + " as issuing_organization_name, d.target_organization_id, "
            + nameOf("d.target_organization_id") + " as target_organization_name, d.title, d.issued_on,"
            + " d.requirements, d.relay_within_days, d.outreach_due_on, d.report_due_on,"
            + " d.grassroots_coverage_percent, d.workshop_coverage_percent, d.team_coverage_percent, d.created_by"
            + " from directive d";
    private static final String VISIBLE = " " + Subtree.withinOrAboveCondition("d.target_organization_id");

    private final JdbcClient jdbc;
    private final OrganizationTree tree;
    private final ApplicationEventPublisher events;
    private final UniqueInsert once;

    Directives(JdbcClient jdbc, OrganizationTree tree, ApplicationEventPublisher events, UniqueInsert once) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.events = events;
        this.once = once;
    }

    public List<Directive> list(CurrentUser user) {
        return Subtree.of(user)
                .bind(jdbc.sql(SELECT + " where" + VISIBLE + " order by d.issued_on desc, d.id desc"))
                .query(Directive.class)
                .list();
    }

    public Optional<Directive> find(long id, CurrentUser user) {
        return Subtree.of(user)
                .bind(jdbc.sql(SELECT + " where d.id = :id and" + VISIBLE))
                .param("id", id)
                .query(Directive.class)
                .optional();
    }

    /** The directive, or {@link NotFoundException} when it is missing or not aimed at the user's part of the tree. */
    public Directive get(long id, CurrentUser user) {
        return find(id, user).orElseThrow(() -> new NotFoundException("directive", id));
    }

    @Transactional
    public long issue(NewDirective input, CurrentUser user) {
        Checked checked = check(input, user);
        String title = checked.title();
        long target = checked.target();
        int relayDays = checked.relayDays();
        String requirements = checked.requirements();
        String key = user.organizationId() + "|" + input.issuedOn() + "|" + title.replaceAll("\\s+", "");
        Optional<Long> inserted = once.unlessTaken(() -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql(
                            "insert into directive (issuing_organization_id, target_organization_id, title, issued_on,"
                                    + " requirements, relay_within_days, outreach_due_on, report_due_on,"
                                    + " grassroots_coverage_percent, workshop_coverage_percent, team_coverage_percent, created_by,"
                                    + " duplicate_key) values (:issuer, :target, :title, :issuedOn, :requirements, :relayDays,"
                                    + " :outreachDueOn, :reportDueOn, :grassroots, :workshop, :team, :createdBy, :duplicateKey)")
                    .param("issuer", user.organizationId())
                    .param("target", target)
                    .param("title", title)
                    .param("issuedOn", input.issuedOn())
                    .param("requirements", requirements == null || requirements.isEmpty() ? null : requirements)
                    .param("relayDays", relayDays)
                    .param("outreachDueOn", input.outreachDueOn())
                    .param("reportDueOn", input.reportDueOn())
                    .param("grassroots", input.grassrootsCoveragePercent())
                    .param("workshop", input.workshopCoveragePercent())
                    .param("team", input.teamCoveragePercent())
                    .param("createdBy", user.username())
                    .param("duplicateKey", key)
                    .update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        });
        if (inserted.isEmpty()) {
            return sameDirectiveOf(key, user);
        }
        long id = inserted.get();
        events.publishEvent(new DirectiveIssued(
                id, user.organizationId(), target, input.issuedOn().plusDays(relayDays)));
        return id;
    }

    /** What issuing or correcting a directive checks, field by field. */
    private record Checked(String title, long target, int relayDays, String requirements) {}

    private Checked check(NewDirective input, CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
        String title = required(input.title(), "title", "campaign.rejected.directiveTitle");
        if (title.length() > 200) {
            throw new RejectedException("title", "campaign.rejected.directiveTitleTooLong");
        }
        if (input.issuedOn() == null) {
            throw new RejectedException("issuedOn", "campaign.rejected.issuedOn");
        }
        long target = input.targetOrganizationId() == null ? user.organizationId() : input.targetOrganizationId();
        tree.get(target, user);
        int relayDays = input.relayWithinDays() == null ? 7 : input.relayWithinDays();
        if (relayDays < 0 || relayDays > 365) {
            throw new RejectedException("relayWithinDays", "campaign.rejected.relayDays");
        }
        percent(input.grassrootsCoveragePercent(), "grassrootsCoveragePercent");
        percent(input.workshopCoveragePercent(), "workshopCoveragePercent");
        percent(input.teamCoveragePercent(), "teamCoveragePercent");
        if (input.outreachDueOn() != null && input.outreachDueOn().isBefore(input.issuedOn())) {
            throw new RejectedException("outreachDueOn", "campaign.rejected.outreachBeforeIssue");
        }
        if (input.reportDueOn() != null && input.reportDueOn().isBefore(input.issuedOn())) {
            throw new RejectedException("reportDueOn", "campaign.rejected.reportBeforeIssue");
        }
        String requirements =
                input.requirements() == null ? null : input.requirements().strip();
        if (requirements != null && requirements.length() > 4000) {
            throw new RejectedException("requirements", "campaign.rejected.requirementsTooLong");
        }
        return new Checked(title, target, relayDays, requirements);
    }

    /**
     * Corrects a directive the user's part of the tree issued (a directive received from above is not the user's to
     * change); its dashboard and roundup follow the corrected dates and targets.
     */
    @Transactional
    public void correct(long id, NewDirective input, CurrentUser user) {
        Directive existing = get(id, user);
        if (!tree.contains(user.organizationId(), existing.issuingOrganizationId())) {
            throw new RejectedException("title", "campaign.rejected.directiveFromAbove");
        }
        Checked checked = check(input, user);
        String key = existing.issuingOrganizationId() + "|" + input.issuedOn() + "|"
                + checked.title().replaceAll("\\s+", "");
        boolean corrected = once.unlessTaken(() -> jdbc.sql(
                                "update directive set target_organization_id = :target,"
                                        + " title = :title, issued_on = :issuedOn, requirements = :requirements,"
                                        + " relay_within_days = :relayDays, outreach_due_on = :outreachDueOn, report_due_on ="
                                        + " :reportDueOn, grassroots_coverage_percent = :grassroots, workshop_coverage_percent ="
                                        + " :workshop, team_coverage_percent = :team, duplicate_key = :duplicateKey where id = :id")
                        .param("target", checked.target())
                        .param("title", checked.title())
                        .param("issuedOn", input.issuedOn())
                        .param(
                                "requirements",
                                checked.requirements() == null
                                                || checked.requirements().isEmpty()
                                        ? null
                                        : checked.requirements())
                        .param("relayDays", checked.relayDays())
                        .param("outreachDueOn", input.outreachDueOn())
                        .param("reportDueOn", input.reportDueOn())
                        .param("grassroots", input.grassrootsCoveragePercent())
                        .param("workshop", input.workshopCoveragePercent())
                        .param("team", input.teamCoveragePercent())
                        .param("duplicateKey", key)
                        .param("id", id)
                        .update())
                .isPresent();
        if (!corrected) {
            throw earlier(key).refusal();
        }
        events.publishEvent(new DirectiveCorrected(
                id,
                existing.issuingOrganizationId(),
                checked.target(),
                input.issuedOn().plusDays(checked.relayDays())));
    }

    /** The directive already issued under the key: the user's own is given back, anyone else's refused. */
    private long sameDirectiveOf(String key, CurrentUser user) {
        Earlier earlier = earlier(key);
        if (earlier.createdBy().equals(user.username())) {
            return earlier.id();
        }
        throw earlier.refusal();
    }

    private record Earlier(long id, String title, String createdBy) {

        RejectedException refusal() {
            return new RejectedException("title", "campaign.rejected.duplicateDirective", title, id);
        }
    }

    private Earlier earlier(String key) {
        return jdbc.sql("select id, title, created_by from directive where duplicate_key = :key")
                .param("key", key)
                .query((rs, row) -> new Earlier(rs.getLong("id"), rs.getString("title"), rs.getString("created_by")))
                .single();
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new RejectedException(field, message);
        }
        return value.strip();
    }

    private static void percent(Integer value, String field) {
        if (value != null && (value < 0 || value > 100)) {
            throw new RejectedException(field, "campaign.rejected.coverage");
        }
    }
}
