package gonghui.campaign.review;

import gonghui.account.CurrentUser;
import gonghui.campaign.ingestion.MatchedOrganization;
import gonghui.campaign.ingestion.OrganizationDirectory;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the union named in a report within the user's own subtree, as reports write names: in full (沈阳市总工会),
 * shortened (沈阳市总, 沈阳总工会) or by place only (沈阳市). A name that fits several organisations is not matched.
 */
final class UnionTreeDirectory implements OrganizationDirectory {

    private final OrganizationTree tree;
    private final CurrentUser user;

    UnionTreeDirectory(OrganizationTree tree, CurrentUser user) {
        this.tree = tree;
        this.user = user;
    }

    @Override
    public Optional<MatchedOrganization> find(String nameAsWritten) {
        if (nameAsWritten == null || nameAsWritten.isBlank()) {
            return Optional.empty();
        }
        for (String candidate : candidates(nameAsWritten.strip())) {
            Optional<Long> id = tree.findIdByName(candidate, user);
            if (id.isPresent()) {
                return Optional.of(new MatchedOrganization(id.get(), candidate));
            }
        }
        return uniqueByPrefix(nameAsWritten.strip());
    }

    /** The ways a report may shorten an organisation's name, most literal first. */
    static List<String> candidates(String name) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        if (name.endsWith("总")) {
            names.add(name + "工会");
        }
        if (name.matches(".+[省市区县旗]$")) {
            names.add(name + "总工会");
        }
        if (name.endsWith("总工会") && !name.matches(".+[省市区县旗]总工会$")) {
            String place = name.substring(0, name.length() - 3);
            names.add(place + "市总工会");
            names.add(place + "省总工会");
            names.add(place + "区总工会");
            names.add(place + "县总工会");
        }
        if (name.endsWith("工会") && !name.endsWith("总工会") && name.length() > 2) {
            names.add(name.substring(0, name.length() - 2) + "总工会");
        }
        return new ArrayList<>(names);
    }

    private Optional<MatchedOrganization> uniqueByPrefix(String name) {
        String stem = name.replaceFirst("(总工会|工会|市总|总)$", "");
        if (stem.length() < 2) {
            return Optional.empty();
        }
        List<OrganizationSummary> found = tree.search(stem, user, 20).stream()
                .filter(o -> o.name().startsWith(stem) && o.name().endsWith("工会"))
                .toList();
        List<OrganizationSummary> federations =
                found.stream().filter(o -> o.name().endsWith("总工会")).toList();
        List<OrganizationSummary> pick = federations.size() == 1 ? federations : found;
        return pick.size() == 1
                ? Optional.of(
                        new MatchedOrganization(pick.get(0).id(), pick.get(0).name()))
                : Optional.empty();
    }
}
