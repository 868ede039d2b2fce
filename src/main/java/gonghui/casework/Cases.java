package gonghui.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lifecycle rows of all cases. State changes and deadline alerts are conditional updates: the row is the lock. */
@Component
record Cases(JdbcClient jdbc) {

    void insert(String type, long id, String state, long ownerOrganizationId, LocalDate dueOn) {
        jdbc.sql("insert into casework_case (case_type, case_id, state, owner_organization_id, due_on)"
                        + " values (:type, :id, :state, :owner, :dueOn)")
                .param("type", type)
                .param("id", id)
                .param("state", state)
                .param("owner", ownerOrganizationId)
                .param("dueOn", dueOn)
                .update();
    }

    <S extends Enum<S>> Optional<Case<S>> find(Lifecycle<S> lifecycle, long id) {
        CaseColumns<S> columns = lifecycle.columns("c");
        return jdbc.sql("select " + columns.select() + " from casework_case c where c.case_type = :type"
                        + " and c.case_id = :id")
                .param("type", lifecycle.type())
                .param("id", id)
                .query((rs, row) -> columns.read(rs))
                .optional();
    }

    /** Moves the case from {@code from} to {@code to}; false when another request moved it first. */
    boolean move(String type, long id, String from, String to, LocalDate closedOn) {
        return jdbc.sql("update casework_case set state = :to, closed_on = :closedOn"
                                + " where case_type = :type and case_id = :id and state = :from")
                        .param("to", to)
                        .param("closedOn", closedOn)
                        .param("type", type)
                        .param("id", id)
                        .param("from", from)
                        .update()
                == 1;
    }

    /** A new owner and due date; the alerts may be raised again. False when there is no such case. */
    boolean reschedule(String type, long id, long owner, LocalDate dueOn) {
        return jdbc.sql(
                                "update casework_case set owner_organization_id = :owner, due_on = :dueOn,"
                                        + " due_soon_since = null, overdue_since = null where case_type = :type and case_id = :id")
                        .param("owner", owner)
                        .param("dueOn", dueOn)
                        .param("type", type)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Open cases past their due date that have not been reported overdue. */
    List<DueCase> overdueOn(LocalDate today) {
        return jdbc.sql("select case_type, case_id, owner_organization_id, due_on from casework_case"
                        + " where closed_on is null and due_on < :today and overdue_since is null"
                        + " order by due_on, case_type, case_id")
                .param("today", today)
                .query(Cases::dueCase)
                .list();
    }

    /** Open cases of a type due from today to {@code horizon} that have not been reported due soon. */
    List<DueCase> dueSoon(String type, LocalDate today, LocalDate horizon) {
        return jdbc.sql("select case_type, case_id, owner_organization_id, due_on from casework_case"
                        + " where closed_on is null and due_on between :today and :horizon and case_type = :type"
                        + " and due_soon_since is null and overdue_since is null order by due_on, case_id")
                .param("today", today)
                .param("horizon", horizon)
                .param("type", type)
                .query(Cases::dueCase)
                .list();
    }

    /** Claims the overdue alert of a case that is still open and due on the same day; false when already claimed. */
    boolean claimOverdue(DueCase due, LocalDate today) {
        return claim("overdue_since", "", due, today);
    }

    /** Claims the due-soon alert, which a case that went overdue first never gets. */
    boolean claimDueSoon(DueCase due, LocalDate today) {
        return claim("due_soon_since", " and overdue_since is null", due, today);
    }

    private boolean claim(String flag, String condition, DueCase due, LocalDate today) {
        return jdbc.sql("update casework_case set " + flag + " = :today where case_type = :type and case_id = :id"
                                + " and " + flag + " is null" + condition
                                + " and closed_on is null and due_on = :dueOn")
                        .param("today", today)
                        .param("type", due.type())
                        .param("id", due.id())
                        .param("dueOn", due.dueOn())
                        .update()
                == 1;
    }

    private static DueCase dueCase(ResultSet rs, int row) throws SQLException {
        return new DueCase(
                rs.getString("case_type"),
                rs.getLong("case_id"),
                rs.getLong("owner_organization_id"),
                rs.getObject("due_on", LocalDate.class));
    }

    record DueCase(String type, long id, long ownerOrganizationId, LocalDate dueOn) {}
}
