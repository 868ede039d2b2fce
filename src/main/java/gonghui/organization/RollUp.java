package gonghui.organization;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Groups records by the rows of a tree view at one node: the node itself (standing for its whole subtree) and each
 * of its children (each standing for its own subtree). A statement joins {@link #join(String)}, groups by
 * {@link #ROW} and is passed through {@link #bind}.
 *
 * @param nodeId the node whose view is built
 */
public record RollUp(long nodeId) {

    /** The column holding the row organisation's id, to select and group by. */
    public static final String ROW = "rollup.ancestor_id";

    private static final String PARAMETER = "rollUpNode";

    /** Joins each record, by the organisation id in {@code column}, to the rows it counts towards. */
    public static String join(String column) {
        return " join organization_closure rollup on rollup.descendant_id = " + column
                + " join organization rollup_row on rollup_row.id = rollup.ancestor_id and (rollup_row.parent_id = :"
                + PARAMETER + " or rollup_row.id = :" + PARAMETER + ")";
    }

    /** An SQL condition: the organisation in {@code column} is the node itself or one of its children. */
    public static String isRowCondition(String column) {
        return "exists (select 1 from organization rollup_own where rollup_own.id = " + column
                + " and (rollup_own.parent_id = :" + PARAMETER + " or rollup_own.id = :" + PARAMETER + "))";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param(PARAMETER, nodeId);
    }
}
