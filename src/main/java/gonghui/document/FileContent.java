package gonghui.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What a file is by its content: the magic bytes of PDF, PNG and JPEG, the parts inside a Word or Excel package, or
 * plain text (UTF-8 or GB18030 without control characters). Programs are recognised so they can be refused: Windows,
 * Linux and macOS executables, Java classes, scripts, and Office packages that carry macros or programs.
 */
final class FileContent {

    /** What was found: a kind, a program, or nothing that may be attached. */
    record Verdict(AttachmentKind kind, boolean executable) {

        static final Verdict EXECUTABLE = new Verdict(null, true);
        static final Verdict UNKNOWN = new Verdict(null, false);

        static Verdict of(AttachmentKind kind) {
            return new Verdict(kind, false);
        }
    }

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[][] PROGRAMS = {
        {'M', 'Z'}, // Windows and DOS
        {0x7F, 'E', 'L', 'F'}, // Linux
        {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE}, // macOS, 32 and 64 bit, both byte orders
        {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
        {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
        {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, // macOS universal binaries and Java classes
        {'#', '!'} // scripts
    };
    private static final Set<String> PROGRAM_PARTS =
            Set.of(".exe", ".dll", ".com", ".scr", ".msi", ".bat", ".cmd", ".ps1", ".vbs", ".js", ".jar", ".sh");

    private FileContent() {}

    static Verdict examine(SealedFile file) throws IOException {
        byte[] head;
        try (InputStream in = file.newInputStream()) {
            head = in.readNBytes(8);
        }
        for (byte[] program : PROGRAMS) {
            if (startsWith(head, program)) {
                return Verdict.EXECUTABLE;
            }
        }
        if (startsWith(head, PDF)) {
            return Verdict.of(AttachmentKind.PDF);
        }
        if (startsWith(head, PNG)) {
            return Verdict.of(AttachmentKind.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Verdict.of(AttachmentKind.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return officePackage(file);
        }
        return isPlainText(file) ? Verdict.of(AttachmentKind.TEXT) : Verdict.UNKNOWN;
    }

    /** A Word or Excel package, read from its directory (nothing is unpacked, so a zip bomb costs nothing). */
    private static Verdict officePackage(SealedFile file) throws IOException {
        Set<String> parts = new HashSet<>();
        try (ZipFile zip =
                ZipFile.builder().setSeekableByteChannel(file.newChannel()).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || PROGRAM_PARTS.stream().anyMatch(name::endsWith)) {
                    return Verdict.EXECUTABLE;
                }
                parts.add(name);
            }
        } catch (IOException e) {
            return Verdict.UNKNOWN;
        }
        if (!parts.contains("[content_types].xml")) {
            return Verdict.UNKNOWN;
        }
        if (parts.contains("word/document.xml")) {
            return Verdict.of(AttachmentKind.DOCX);
        }
        if (parts.contains("xl/workbook.xml")) {
            return Verdict.of(AttachmentKind.XLSX);
        }
        return Verdict.UNKNOWN;
    }

    private static boolean isPlainText(SealedFile file) throws IOException {
        return isText(file, StandardCharsets.UTF_8) || isText(file, Charset.forName("GB18030"));
    }

    private static boolean isText(SealedFile file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(file.newInputStream(), decoder)) {
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                        return false;
                    }
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
