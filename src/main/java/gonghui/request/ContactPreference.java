package gonghui.request;

/** How the worker wants the union to reach them about the request. */
public enum ContactPreference {
    PHONE,
    SMS,
    NO_CONTACT;

    boolean needsNumber() {
        return this != NO_CONTACT;
    }
}
