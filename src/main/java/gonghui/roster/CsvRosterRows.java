package gonghui.roster;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a CSV file in UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (what Chinese Excel and WPS write,
 * a superset of GBK), detected from the bytes; comma- or tab-separated, quotes as in RFC 4180.
 */
final class CsvRosterRows implements RosterRows {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE = 64 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final CountingStream counted;
    private final Reader reader;
    private final long size;
    private final RosterProperties limits;
    private final char[] buffer = new char[BUFFER];
    private final StringBuilder field = new StringBuilder(64);
    private int position;
    private int limit;
    private char separator;
    private long number;
    private boolean ended;

    CsvRosterRows(RosterFile file, RosterProperties limits) {
        this.limits = limits;
        try {
            this.size = Math.max(1, file.size());
            byte[] sample = readSample(file);
            Encoding encoding = detect(sample);
            this.counted = new CountingStream(new BufferedInputStream(file.newInputStream(), BUFFER));
            counted.skipNBytes(encoding.bomLength());
            this.reader = new InputStreamReader(
                    counted, encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The encoding the file is read in: "UTF-8", "UTF-16LE", "GB18030"… */
    static Charset charsetOf(RosterFile file) {
        try {
            return detect(readSample(file)).charset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Encoding(Charset charset, int bomLength) {}

    static Encoding detect(byte[] sample) {
        int n = sample.length;
        if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        for (byte b : sample) {
            if (b == 0) {
                throw new RosterFileException("文件内容不是文本，不是有效的CSV文件（请检查文件类型与扩展名是否一致）");
            }
        }
        return new Encoding(isUtf8(sample) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /** Strict UTF-8, allowing a sequence cut off at the end of the sample. */
    private static boolean isUtf8(byte[] sample) {
        int end = sample.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] readSample(RosterFile file) throws IOException {
        try (InputStream in = file.newInputStream()) {
            return in.readNBytes(SAMPLE);
        }
    }

    @Override
    public SourceRow next() {
        try {
            while (true) {
                if (ended) {
                    return null;
                }
                List<String> cells = readRecord();
                if (cells == null) {
                    return null;
                }
                number++;
                if (number > limits.maxRows() + 1) {
                    throw new RosterFileException("文件超过" + limits.maxRows() + "行的上限，请拆分后分别导入");
                }
                return new SourceRow(number, cells, Set.of());
            }
        } catch (IOException e) {
            throw new RosterFileException("文件读取失败：" + e.getMessage(), e);
        }
    }

    /** One record, or null at the end of the file. */
    private List<String> readRecord() throws IOException {
        int c = read();
        if (c < 0) {
            ended = true;
            return null;
        }
        if (separator == 0) {
            separator = guessSeparator(c);
        }
        List<String> cells = new ArrayList<>(16);
        field.setLength(0);
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    // a quote never closed: the file was cut off or is not CSV; keep what was read as the last cell
                    quoted = false;
                }
                addCell(cells);
                ended = true;
                return cells;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = read();
                    if (next == '"') {
                        append(ch, cells);
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    append(ch, cells);
                }
            } else if (ch == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (ch == separator) {
                addCell(cells);
                fieldStart = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int next = peek();
                    if (next == '\n') {
                        read();
                    }
                }
                addCell(cells);
                return cells;
            } else {
                append(ch, cells);
                fieldStart = false;
            }
            c = read();
        }
    }

    private char guessSeparator(int first) throws IOException {
        // look at the rest of the buffered first line: a tab-separated export has tabs and no commas
        fill();
        int commas = first == ',' ? 1 : 0;
        int tabs = first == '\t' ? 1 : 0;
        for (int i = position; i < limit && buffer[i] != '\n'; i++) {
            if (buffer[i] == ',') {
                commas++;
            } else if (buffer[i] == '\t') {
                tabs++;
            }
        }
        return tabs > commas ? '\t' : ',';
    }

    private void append(char ch, List<String> cells) {
        if (field.length() >= limits.maxCellLength()) {
            throw new RosterFileException(
                    "第" + (number + 1) + "行第" + (cells.size() + 1) + "列的内容超过" + limits.maxCellLength() + "个字符，文件无法导入");
        }
        field.append(ch);
    }

    private void addCell(List<String> cells) {
        if (cells.size() >= limits.maxColumns()) {
            throw new RosterFileException("第" + (number + 1) + "行超过" + limits.maxColumns() + "列，文件无法导入（是否有大量空列？）");
        }
        cells.add(field.toString());
        field.setLength(0);
    }

    private int read() throws IOException {
        if (position >= limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position >= limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n = reader.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) counted.count / size);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
