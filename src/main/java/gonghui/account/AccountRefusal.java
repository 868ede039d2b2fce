package gonghui.account;

/**
 * A change to an account that breaks a rule of account administration; {@code messageKey} names the text in the
 * account bundle, {@code field} the form field it belongs to.
 */
class AccountRefusal extends RuntimeException {

    private final String field;
    private final String messageKey;

    AccountRefusal(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
