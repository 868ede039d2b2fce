package gonghui.roster;

/** The rows of a roster file, read one at a time so that memory does not grow with the file. */
interface RosterRows extends AutoCloseable {

    /** The next row, or null at the end; throws {@link RosterFileException} when the file cannot be read on. */
    SourceRow next();

    /** How much of the file has been read, from 0 to 1. */
    double progress();

    @Override
    void close();
}
