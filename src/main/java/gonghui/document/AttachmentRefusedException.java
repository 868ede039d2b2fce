package gonghui.document;

import gonghui.shared.RejectedException;

/**
 * An upload that is refused: not an allowed kind, not what its name says, an executable, empty or too large. The
 * message is in the uploader's language; {@link #key()} and {@link #arguments()} name it for a bundle.
 */
public class AttachmentRefusedException extends RejectedException {

    private final String key;
    private final transient Object[] arguments;

    AttachmentRefusedException(String key, Object[] arguments, String message) {
        super("file", message);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
