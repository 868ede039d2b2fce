package gonghui.campaign.ingestion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small union tree for tests: the Liaoning federation and its 14 city federations. */
final class UnionTree implements OrganizationDirectory {

    private final Map<String, Long> ids = new LinkedHashMap<>();

    static UnionTree liaoning() {
        UnionTree tree = new UnionTree();
        tree.add(1, "辽宁省总工会");
        String[] cities = {"沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛"};
        for (int i = 0; i < cities.length; i++) {
            tree.add(100 + i, cities[i] + "市总工会");
        }
        return tree;
    }

    UnionTree add(long id, String name) {
        ids.put(name, id);
        return this;
    }

    @Override
    public Optional<MatchedOrganization> find(String organizationNameAsWritten) {
        String name =
                organizationNameAsWritten.endsWith("总") ? organizationNameAsWritten + "工会" : organizationNameAsWritten;
        return Optional.ofNullable(ids.get(name)).map(id -> new MatchedOrganization(id, name));
    }
}
