package gonghui.organization;

import gonghui.access.Capability;
import gonghui.access.CurrentUser;
import gonghui.shared.CreditCode;
import gonghui.shared.NotFoundException;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, edits and moves nodes of the tree inside the cadre's own subtree. */
@Service
class OrganizationManagement {

    private final Organizations organizations;
    private final Employers employers;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrganizationManagement(
            Organizations organizations, Employers employers, Clock clock, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.employers = employers;
        this.clock = clock;
        this.events = events;
    }

    OrganizationDetails details(long id, CurrentUser user) {
        return organizations
                .findDetails(id, user.organizationId())
                .orElseThrow(() -> new NotFoundException("organization", id));
    }

    /** Problems with the form by field; empty when it can be saved. */
    Map<String, String> check(long parentId, OrganizationForm form, CurrentUser user) {
        OrganizationSummary parent = summary(parentId, user);
        return form.problems(parent.kind(), LocalDate.now(clock));
    }

    @Transactional
    long create(long parentId, OrganizationForm form, CurrentUser user) {
        requireManager(user);
        rejectProblems(check(parentId, form, user));
        Long employer = form.creditCode() == null
                ? null
                : employers.register(CreditCode.parse(form.creditCode()), form.employerName(), form.employeeCount());
        long id = organizations.insert(parentId, form, employer);
        events.publishEvent(new OrganizationCreated(id, parentId, form.kind()));
        return id;
    }

    @Transactional
    void update(long id, OrganizationForm form, CurrentUser user) {
        requireManager(user);
        OrganizationSummary node = summary(id, user);
        OrganizationKind parentKind = node.parentId() == null
                ? null
                : organizations
                        .findSummary(node.parentId(), node.parentId())
                        .map(OrganizationSummary::kind)
                        .orElse(null);
        var sameKind = new OrganizationForm(
                form.name(),
                node.kind(),
                form.regionCode(),
                form.chairName(),
                form.establishedOn(),
                form.employerName(),
                form.creditCode(),
                form.employeeCount());
        rejectProblems(sameKind.problems(parentKind, LocalDate.now(clock)));
        organizations.update(id, sameKind, employerOf(id, sameKind));
        events.publishEvent(new OrganizationChanged(id));
    }

    @Transactional
    void move(long id, long newParentId, CurrentUser user) {
        requireManager(user);
        OrganizationSummary node = summary(id, user);
        OrganizationSummary newParent = summary(newParentId, user);
        if (id == user.organizationId()) {
            throw new RejectedException("parentId", "organization.rejected.moveOwn");
        }
        if (organizations.isWithin(id, newParentId)) {
            throw new RejectedException("parentId", "organization.rejected.moveBelowItself");
        }
        if (!newParent.kind().mayContain(node.kind())) {
            throw new RejectedException("parentId", "organization.rejected.moveWrongKind");
        }
        if (node.parentId() != null && node.parentId() == newParentId) {
            return;
        }
        organizations.move(id, newParentId, node.memberCount());
        events.publishEvent(new OrganizationMoved(id, node.parentId(), newParentId));
    }

    private OrganizationSummary summary(long id, CurrentUser user) {
        return organizations
                .findSummary(id, user.organizationId())
                .orElseThrow(() -> new NotFoundException("organization", id));
    }

    private Long employerOf(long organizationId, OrganizationForm form) {
        if (form.creditCode() == null) {
            return null;
        }
        return employers.saveFor(
                organizationId, CreditCode.parse(form.creditCode()), form.employerName(), form.employeeCount());
    }

    private static void requireManager(CurrentUser user) {
        user.require(Capability.MANAGE_RECORDS);
    }

    private static void rejectProblems(Map<String, String> problems) {
        problems.entrySet().stream().findFirst().ifPresent(problem -> {
            throw new RejectedException(problem.getKey(), problem.getValue());
        });
    }
}
