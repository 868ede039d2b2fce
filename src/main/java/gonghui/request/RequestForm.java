package gonghui.request;

/**
 * What a worker fills in on the phone (and the API's body), and what a cadre on the 12351 line takes down for a
 * caller. The union: a worker who is a member may leave it empty for their own union, or choose a district or county
 * federation ({@code organizationId}); a hotline cadre chooses any union of their subtree.
 *
 * @param name how the worker wants to be called (optional for a worker, the caller's name on the hotline)
 * @param contactMobile the number to call back; a signed-in worker's proven number when empty
 * @param requestKey made once per request by the form or client, so a second submission files nothing new
 */
public record RequestForm(
        RequestType type,
        String description,
        ContactPreference contactPreference,
        String contactMobile,
        String name,
        Long organizationId,
        String requestKey) {

    static RequestForm empty(String requestKey) {
        return new RequestForm(null, null, ContactPreference.PHONE, null, null, null, requestKey);
    }
}
