package gonghui.roster;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and places of roster imports ({@code gonghui.roster.*}).
 *
 * @param uploadDir where uploaded files wait for their job; shared by all app nodes
 * @param chunkSize rows committed per transaction (the checkpoint of an interrupted job)
 * @param maxColumns a row with more columns is a refused file
 * @param maxCellLength a cell with more characters is a refused file
 * @param maxRows a file with more data rows is refused
 * @param maxUnpackedSize the most an .xlsx may unpack to
 * @param maxCompressionRatio the most any part of an .xlsx may be compressed (zip bombs are far above)
 * @param maxLegacyFileSize legacy .xls files are read into memory, so they have their own limit
 * @param staleAfter a running job whose node sent no heartbeat for this long is shown as interrupted
 */
@ConfigurationProperties("gonghui.roster")
record RosterProperties(
        Path uploadDir,
        int chunkSize,
        int maxColumns,
        int maxCellLength,
        long maxRows,
        DataSize maxUnpackedSize,
        int maxCompressionRatio,
        DataSize maxLegacyFileSize,
        Duration staleAfter) {

    RosterProperties {
        uploadDir = uploadDir == null ? Path.of("data", "imports") : uploadDir;
        chunkSize = chunkSize <= 0 ? 10_000 : chunkSize;
        maxColumns = maxColumns <= 0 ? 200 : maxColumns;
        maxCellLength = maxCellLength <= 0 ? 2_000 : maxCellLength;
        maxRows = maxRows <= 0 ? 20_000_000 : maxRows;
        maxUnpackedSize = maxUnpackedSize == null ? DataSize.ofGigabytes(4) : maxUnpackedSize;
        maxCompressionRatio = maxCompressionRatio <= 0 ? 200 : maxCompressionRatio;
        maxLegacyFileSize = maxLegacyFileSize == null ? DataSize.ofMegabytes(64) : maxLegacyFileSize;
        staleAfter = staleAfter == null ? Duration.ofSeconds(60) : staleAfter;
    }

    /** Defaults, for code that reads roster files outside the application (the benchmark). */
    static RosterProperties defaults() {
        return new RosterProperties(null, 0, 0, 0, 0, null, 0, null, null);
    }
}
