package gonghui.access;

/** The level of the union tree a user acts at: what they approve, and up to which amount, depends on it. */
public enum OrganizationLevel {
    /** The province federation (省总工会). */
    PROVINCE,
    /** A city federation, or a federation directly below the province (市总工会, 省产业工会). */
    CITY,
    /** A district or county federation (区县总工会) and federations below it. */
    DISTRICT,
    /** A grassroots union and its workshops and teams (基层工会). */
    GRASSROOTS;

    /** Whether this level lies above {@code other} (closer to the province). */
    public boolean isAbove(OrganizationLevel other) {
        return ordinal() < other.ordinal();
    }
}
