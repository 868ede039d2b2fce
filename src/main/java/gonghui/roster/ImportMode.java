package gonghui.roster;

/** What an import does with people who are already members. */
public enum ImportMode {
    /** Adds new members only; people already on record are reported and left as they are. */
    INSERT,
    /** Adds new members and replaces the details of existing ones in the importer's subtree. */
    UPSERT;

    static ImportMode parse(String text) {
        if (text == null || text.isBlank()) {
            return INSERT;
        }
        for (ImportMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text.strip())) {
                return mode;
            }
        }
        throw new gonghui.shared.RejectedException("mode", "导入方式只能是 insert 或 upsert");
    }
}
