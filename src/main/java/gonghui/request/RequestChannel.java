package gonghui.request;

/** How a request came in. */
public enum RequestChannel {
    /** The worker filed it on the phone. */
    ONLINE,
    /** A cadre on the 12351 line filed it for a caller. */
    HOTLINE,
    /** Someone reported a problem at a service station. */
    STATION
}
