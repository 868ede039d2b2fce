package gonghui.notification;

/**
 * Who a notification is addressed to: the cadres of one organisation node, one account, or one member.
 *
 * @param kind what {@code id} identifies
 * @param id the organisation, account or member id
 */
public record Recipient(Kind kind, long id) {

    public enum Kind {
        ORGANIZATION,
        ACCOUNT,
        MEMBER
    }

    public Recipient {
        if (kind == null) {
            throw new IllegalArgumentException("recipient kind is required");
        }
    }

    public static Recipient organization(long organizationId) {
        return new Recipient(Kind.ORGANIZATION, organizationId);
    }

    public static Recipient account(long accountId) {
        return new Recipient(Kind.ACCOUNT, accountId);
    }

    public static Recipient member(long memberId) {
        return new Recipient(Kind.MEMBER, memberId);
    }
}
