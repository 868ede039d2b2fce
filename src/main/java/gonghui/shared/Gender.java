package gonghui.shared;

/** A person's gender as recorded in the resident ID number. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** Returns the Chinese label, 男 or 女. */
    public String label() {
        return this.label;
    }
}
