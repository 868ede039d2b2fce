package gonghui.shared;

/** A record that does not exist, or lies outside the caller's subtree: the two are indistinguishable. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
