package gonghui.memberservice;

/**
 * A worker signed in on the phone by a one-time code: known by the mobile number they proved, kept as its keyed
 * hash (to find their records) and its mask (to show). Not a cadre: a worker reaches only their own records.
 */
public record Worker(String mobileHash, String mobileMasked) {}
