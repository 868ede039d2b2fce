package gonghui.casework;

/**
 * The person a case is about when they act on it themselves from the member service — a worker applying to join,
 * filing a request, rating or reopening it — rather than a cadre. Takes only the transitions that require
 * {@link gonghui.access.Capability#OWN_RECORDS}; the owning module has checked the case is theirs. Timelines show the
 * name given here.
 */
public record Requester(String displayName) {

    public Requester {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("A requester needs a name to show on the timeline");
        }
    }
}
