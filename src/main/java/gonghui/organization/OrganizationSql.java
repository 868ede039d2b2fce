package gonghui.organization;

/**
 * SQL fragments other modules put into their statements to read what they may know of an organisation, so that
 * only this module names its tables. Each takes a column reference written in code, never user input.
 */
public final class OrganizationSql {

    private OrganizationSql() {}

    /** The name of the organisation whose id is in {@code column} (null for a null id). */
    public static String nameOf(String column) {
        return "(select org_name.name from organization org_name where org_name.id = " + column + ")";
    }

    /**
     * The name of the organisation directly above the one whose id is in {@code column}: with the name itself it
     * tells twenty 一车间工会 apart in a list.
     */
    public static String parentNameOf(String column) {
        return "(select org_parent.name from organization org_child join organization org_parent on org_parent.id ="
                + " org_child.parent_id where org_child.id = " + column + ")";
    }

    /** The kind ({@link OrganizationKind} name) of the organisation whose id is in {@code column}. */
    public static String kindOf(String column) {
        return "(select org_kind.kind from organization org_kind where org_kind.id = " + column + ")";
    }
}
