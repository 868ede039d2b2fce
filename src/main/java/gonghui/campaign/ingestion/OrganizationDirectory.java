package gonghui.campaign.ingestion;

import java.util.Optional;

/** Looks up a union organisation by its name as a report writes it, e.g. "沈阳市总工会" or "沈阳市总". */
@FunctionalInterface
public interface OrganizationDirectory {

    /** A directory that knows no organisation; every record then carries a warning. */
    OrganizationDirectory NONE = name -> Optional.empty();

    Optional<MatchedOrganization> find(String organizationNameAsWritten);
}
