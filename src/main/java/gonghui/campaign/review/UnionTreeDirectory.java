package gonghui.campaign.review;

import gonghui.access.CurrentUser;
import gonghui.campaign.ingestion.MatchedOrganization;
import gonghui.campaign.ingestion.OrganizationDirectory;
import gonghui.organization.OrganizationSummary;
import gonghui.organization.OrganizationTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the union named in a report within the user's own subtree, as reports write names: in full (沈阳市总工会),
 * shortened (沈阳市总, 沈阳总工会) or by place only (沈阳市). A name that fits several organisations is not matched.
 */
record UnionTreeDirectory(OrganizationTree tree, CurrentUser user) implements OrganizationDirectory {

    private static final Pattern WITH_CITY =
            Pattern.compile("^(\\p{IsHan}{2,4}?市)(\\p{IsHan}{2,8}(?:区|县|市)总?工会|\\p{IsHan}{2,8}(?:区|县|市)总)$");

    @Override
    public Optional<MatchedOrganization> find(String nameAsWritten) {
        if (nameAsWritten == null || nameAsWritten.isBlank()) {
            return Optional.empty();
        }
        String name = nameAsWritten.strip();
        Matcher withCity = WITH_CITY.matcher(name);
        if (withCity.matches()) {
            Optional<MatchedOrganization> inCity = findBelow(withCity.group(1) + "总工会", withCity.group(2));
            if (inCity.isPresent()) {
                return inCity;
            }
        }
        for (String candidate : candidates(name)) {
            List<OrganizationSummary> named = named(candidate);
            if (named.size() == 1) {
                return Optional.of(new MatchedOrganization(named.get(0).id(), candidate));
            }
            if (named.size() > 1) {
                return Optional.empty();
            }
        }
        return uniqueByPrefix(name);
    }

    /** 沈阳市铁西区总工会: the 铁西区总工会 below 沈阳市总工会, not the one in 鞍山. */
    private Optional<MatchedOrganization> findBelow(String parentName, String name) {
        List<OrganizationSummary> parents = named(parentName);
        if (parents.isEmpty()) {
            return Optional.empty();
        }
        for (String candidate : candidates(name)) {
            List<OrganizationSummary> below = named(candidate).stream()
                    .filter(o -> tree.path(o.id(), user).stream()
                            .anyMatch(a -> parents.stream().anyMatch(p -> p.id() == a.id())))
                    .toList();
            if (below.size() == 1) {
                return Optional.of(
                        new MatchedOrganization(below.get(0).id(), below.get(0).name()));
            }
        }
        return Optional.empty();
    }

    /** Organisations of exactly this name in the user's subtree. */
    private List<OrganizationSummary> named(String name) {
        if (tree.findIdByName(name, user).isEmpty()) {
            return List.of();
        }
        return tree.search(name, user, 50).stream()
                .filter(o -> o.name().equals(name))
                .toList();
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
