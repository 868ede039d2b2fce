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

    /** The kind ({@link OrganizationKind} name) of the organisation whose id is in {@code column}. */
    public static String kindOf(String column) {
        return "(select org_kind.kind from organization org_kind where org_kind.id = " + column + ")";
    }
}
