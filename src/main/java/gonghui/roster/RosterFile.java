package gonghui.roster;

import gonghui.document.SealedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A roster file as the readers see it: its size, read from the start, or read at any position (an .xlsx). */
interface RosterFile {

    long size() throws IOException;

    InputStream newInputStream() throws IOException;

    SeekableByteChannel newChannel() throws IOException;

    /** An uploaded roster as it waits for its job, sealed. */
    static RosterFile of(SealedFile sealed) {
        return new RosterFile() {
            @Override
            public long size() {
                return sealed.size();
            }

            @Override
            public InputStream newInputStream() throws IOException {
                return sealed.newInputStream();
            }

            @Override
            public SeekableByteChannel newChannel() throws IOException {
                return sealed.newChannel();
            }
        };
    }

    /** A file read as it lies on disk (for tools and tests; uploads wait sealed, see {@link #of(SealedFile)}). */
    static RosterFile plain(Path path) {
        return new RosterFile() {
            @Override
            public long size() throws IOException {
                return Files.size(path);
            }

            @Override
            public InputStream newInputStream() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public SeekableByteChannel newChannel() throws IOException {
                return Files.newByteChannel(path, StandardOpenOption.READ);
            }
        };
    }
}
