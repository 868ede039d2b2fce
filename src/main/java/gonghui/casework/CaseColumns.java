package gonghui.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The lifecycle of one type's cases as SQL for the owning module's own queries, so a module can filter, count and
 * sort its records by state and due date in one statement without knowing the kit's tables:
 * {@code "select m.title, " + c.select() + " from <module table> m" + c.join("m.id") + " where " + c.isOpen()}.
 * Column references and the alias are code, never user input.
 */
public final class CaseColumns<S extends Enum<S>> {

    private static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_]{0,19}");

    private final Lifecycle<S> lifecycle;
    private final String alias;

    CaseColumns(Lifecycle<S> lifecycle, String alias) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("Not an SQL alias: " + alias);
        }
        this.lifecycle = lifecycle;
        this.alias = alias;
    }

    /** Joins each row to its case; {@code idColumn} holds the module's record id, e.g. {@code "t.id"}. */
    public String join(String idColumn) {
        return " join casework_case " + alias + " on " + alias + ".case_type = '" + lifecycle.type() + "' and " + alias
                + ".case_id = " + idColumn;
    }

    /** The columns {@link #read} maps, for the select list. */
    public String select() {
        return String.join(
                ", ",
                column("case_id"),
                column("state"),
                column("owner_organization_id"),
                column("due_on"),
                column("closed_on"),
                column("due_soon_since"),
                column("overdue_since"));
    }

    /** The case of the current row of a statement that has {@link #select()} in its select list. */
    public Case<S> read(ResultSet rs) throws SQLException {
        return new Case<>(
                lifecycle.type(),
                rs.getLong(alias + "_case_id"),
                lifecycle.state(rs.getString(alias + "_state")),
                rs.getLong(alias + "_owner_organization_id"),
                rs.getObject(alias + "_due_on", LocalDate.class),
                rs.getObject(alias + "_closed_on", LocalDate.class),
                rs.getObject(alias + "_due_soon_since", LocalDate.class),
                rs.getObject(alias + "_overdue_since", LocalDate.class));
    }

    /** The organisation that owns the case (put it into {@code Subtree.contains}). */
    public String ownerOrganizationId() {
        return alias + ".owner_organization_id";
    }

    public String dueOn() {
        return alias + ".due_on";
    }

    /** The day the case entered a closing state, null while open. */
    public String closedOn() {
        return alias + ".closed_on";
    }

    public String isOpen() {
        return alias + ".closed_on is null";
    }

    public String isClosed() {
        return alias + ".closed_on is not null";
    }

    /** Open with a due date before the date bound to {@code :parameter}. */
    public String isOverdueOn(String parameter) {
        return "(" + isOpen() + " and " + alias + ".due_on < :" + parameter + ")";
    }

    private String column(String name) {
        return alias + "." + name + " as " + alias + "_" + name;
    }
}
