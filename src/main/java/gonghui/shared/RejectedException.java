package gonghui.shared;

/** A request that breaks a business rule; the message is shown to the user and names the field. */
public class RejectedException extends RuntimeException {

    private final String field;

    public RejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
