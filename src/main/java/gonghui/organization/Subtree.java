package gonghui.organization;

import gonghui.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One node of the union tree and everything below it: what a user may see, and what a list is limited to.
 * Repositories take a {@code Subtree} instead of a user and put {@link #contains(String)} into their SQL; only this
 * module knows how the tree is stored.
 *
 * @param rootId the top node of the subtree
 */
public record Subtree(long rootId) {

    private static final String PARAMETER = "subtreeRoot";

    /** The subtree of the user's own organisation. */
    public static Subtree of(CurrentUser user) {
        return new Subtree(user.organizationId());
    }

    /**
     * An SQL condition that holds when the organisation id in {@code column} lies in this subtree. The statement
     * must then be passed through {@link #bind}. {@code column} is a column reference written in code, such as
     * {@code "m.organization_id"}, never user input.
     */
    public String contains(String column) {
        return condition(column);
    }

    /** {@link #contains(String)} for statements written once as constants; bind the subtree with {@link #bind}. */
    public static String condition(String column) {
        return "exists (select 1 from organization_closure subtree where subtree.ancestor_id = :" + PARAMETER
                + " and subtree.descendant_id = " + column + ")";
    }

    /**
     * An SQL condition that holds when the organisation id in {@code column} lies in this subtree or above its root
     * (what is aimed at an ancestor reaches the root too, e.g. directives issued from above).
     */
    public static String withinOrAboveCondition(String column) {
        return "exists (select 1 from organization_closure lineage where (lineage.ancestor_id = :" + PARAMETER
                + " and lineage.descendant_id = " + column + ") or (lineage.descendant_id = :" + PARAMETER
                + " and lineage.ancestor_id = " + column + "))";
    }

    /** Binds the parameter of {@link #contains(String)}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param(PARAMETER, rootId);
    }
}
