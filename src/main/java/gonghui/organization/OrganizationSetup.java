package gonghui.organization;

import gonghui.shared.CreditCode;
import gonghui.shared.RejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** System-level changes to the tree, made at first start or by data loads rather than by a cadre. */
@Service
public class OrganizationSetup {

    private final Organizations organizations;
    private final Employers employers;
    private final JdbcClient jdbc;
    private final Clock clock;

    OrganizationSetup(Organizations organizations, Employers employers, JdbcClient jdbc, Clock clock) {
        this.organizations = organizations;
        this.employers = employers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a node under {@code parentId}, checked like a cadre's form. */
    @Transactional
    public long create(long parentId, OrganizationForm form) {
        OrganizationKind parentKind = organizations
                .findSummary(parentId, parentId)
                .map(OrganizationSummary::kind)
                .orElseThrow(() -> new RejectedException("parentId", "organization.rejected.noParent"));
        form.problems(parentKind, LocalDate.now(clock)).entrySet().stream()
                .findFirst()
                .ifPresent(problem -> {
                    throw new RejectedException(problem.getKey(), problem.getValue());
                });
        Long employerId = form.creditCode() == null
                ? null
                : employers.register(CreditCode.parse(form.creditCode()), form.employerName(), form.employeeCount());
        return organizations.insert(parentId, form, employerId);
    }

    /** The root of the tree (the province federation). */
    public long rootId() {
        return jdbc.sql("select id from organization where parent_id is null order by id fetch first 1 rows only")
                .query(Long.class)
                .single();
    }

    public Optional<Long> findFederation(String regionCode) {
        return jdbc.sql("select id from organization where region_code = :code and kind = 'FEDERATION'"
                        + " order by id fetch first 1 rows only")
                .param("code", regionCode)
                .query(Long.class)
                .optional();
    }
}
