package gonghui.roster;

/** A file that cannot be imported as a whole; the message tells the cadre why, in Chinese. */
class RosterFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RosterFileException(String message) {
        super(message);
    }

    RosterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
