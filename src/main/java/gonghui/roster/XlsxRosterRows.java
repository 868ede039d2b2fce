package gonghui.roster;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Streams the first sheet of an .xlsx with StAX, checking the package before reading it: its parts may not unpack to
 * more than the configured size or at a zip-bomb ratio, a cell may not lie beyond Excel's last column, and no row may
 * have more non-empty columns than the limit. Only the shared-string table is held in memory (an .xlsx has at most
 * 1,048,576 rows).
 */
final class XlsxRosterRows implements RosterRows {

    /** Excel's last column is XFD. */
    private static final int EXCEL_COLUMNS = 16_384;

    private static final long EXCEL_ROWS = 1_048_576;
    private static final long SMALL_PART = 1 << 20;
    private static final long MAX_SHARED_STRINGS = 256L << 20;
    private static final XMLInputFactory XML = xmlFactory();

    private final ZipFile zip;
    private final RosterProperties limits;
    private final List<String> sharedStrings;
    private final CountingStream sheetStream;
    private final long sheetSize;
    private final XMLStreamReader sheet;
    private long lastRow;

    XlsxRosterRows(RosterFile file, RosterProperties limits) {
        this.limits = limits;
        try {
            this.zip =
                    ZipFile.builder().setSeekableByteChannel(file.newChannel()).get();
        } catch (IOException e) {
            throw new RosterFileException("文件不完整或已损坏，不是有效的Excel（.xlsx）文件", e);
        }
        try {
            checkPackage();
            String sheetPath = firstSheetPath();
            ZipArchiveEntry sheetEntry = zip.getEntry(sheetPath);
            if (sheetEntry == null) {
                throw new RosterFileException("Excel文件中没有工作表");
            }
            this.sharedStrings = readSharedStrings();
            this.sheetSize = Math.max(1, sheetEntry.getSize());
            this.sheetStream = open(sheetEntry);
            this.sheet = XML.createXMLStreamReader(sheetStream);
        } catch (IOException | XMLStreamException e) {
            closeQuietly();
            throw new RosterFileException("文件不完整或已损坏，无法读取Excel内容", e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private void checkPackage() {
        long unpacked = 0;
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        boolean workbook = false;
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            long size = entry.getSize();
            long compressed = Math.max(1, entry.getCompressedSize());
            if (size < 0) {
                throw new RosterFileException("Excel文件结构异常（缺少大小信息），拒绝导入");
            }
            unpacked += size;
            if (size > SMALL_PART && size / compressed > limits.maxCompressionRatio()) {
                throw new RosterFileException("Excel文件的压缩比异常（疑似“压缩炸弹”），拒绝导入");
            }
            if (unpacked > limits.maxUnpackedSize().toBytes()) {
                throw new RosterFileException(
                        "Excel文件解压后超过" + limits.maxUnpackedSize().toMegabytes() + " MB的上限，拒绝导入");
            }
            workbook |= entry.getName().equals("xl/workbook.xml");
        }
        if (!workbook) {
            throw new RosterFileException("文件不是Excel工作簿（.xlsx），请检查文件类型与扩展名是否一致");
        }
    }

    /** The target of the first sheet in workbook.xml, through the workbook's relationships. */
    private String firstSheetPath() throws IOException, XMLStreamException {
        String relationId = null;
        try (InputStream in = open(zip.getEntry("xl/workbook.xml"))) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext() && relationId == null) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("sheet")) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeLocalName(i).equals("id")) {
                            relationId = xml.getAttributeValue(i);
                        }
                    }
                }
            }
            xml.close();
        }
        ZipArchiveEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (relationId != null && rels != null) {
            try (InputStream in = open(rels)) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("Relationship")
                            && relationId.equals(xml.getAttributeValue(null, "Id"))) {
                        String target = xml.getAttributeValue(null, "Target");
                        xml.close();
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
                xml.close();
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private List<String> readSharedStrings() throws IOException, XMLStreamException {
        ZipArchiveEntry entry = zip.getEntry("xl/sharedStrings.xml");
        List<String> strings = new ArrayList<>();
        if (entry == null) {
            return strings;
        }
        if (entry.getSize() > MAX_SHARED_STRINGS) {
            throw new RosterFileException("Excel文件的文字表超过" + (MAX_SHARED_STRINGS >> 20) + " MB，请拆分后导入");
        }
        try (InputStream in = open(entry)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            boolean phonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic = true;
                        case "t" -> {
                            String t = xml.getElementText();
                            if (!phonetic) {
                                text.append(t, 0, Math.min(t.length(), limits.maxCellLength() + 1));
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("si")) {
                        strings.add(text.toString());
                    } else if (xml.getLocalName().equals("rPh")) {
                        phonetic = false;
                    }
                }
            }
            xml.close();
        }
        return strings;
    }

    /** The part's stream, which fails if the part unpacks to more than its declared size (a lying zip bomb). */
    private CountingStream open(ZipArchiveEntry entry) throws IOException {
        return new CountingStream(zip.getInputStream(entry), entry.getSize());
    }

    @Override
    public SourceRow next() {
        try {
            while (sheet.hasNext()) {
                if (sheet.next() == XMLStreamConstants.START_ELEMENT
                        && sheet.getLocalName().equals("row")) {
                    return readRow();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new RosterFileException("Excel文件内容不完整或已损坏（第" + (lastRow + 1) + "行附近），其余行无法读取", e);
        }
    }

    private SourceRow readRow() throws XMLStreamException {
        String r = sheet.getAttributeValue(null, "r");
        long number = r == null ? lastRow + 1 : parseRowNumber(r);
        if (number > EXCEL_ROWS || number > limits.maxRows() + 1) {
            throw new RosterFileException("Excel文件的行数超出上限（第" + number + "行），拒绝导入");
        }
        lastRow = number;
        List<String> cells = new ArrayList<>(16);
        Set<Integer> formulas = Set.of();
        int nextColumn = 0;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT
                    || !sheet.getLocalName().equals("c")) {
                continue;
            }
            String ref = sheet.getAttributeValue(null, "r");
            int column = ref == null ? nextColumn : parseColumn(ref);
            if (column >= EXCEL_COLUMNS) {
                throw new RosterFileException("第" + number + "行的单元格超出Excel的最大列数，文件无法导入");
            }
            nextColumn = column + 1;
            String type = sheet.getAttributeValue(null, "t");
            Cell cell = readCell(type);
            if (cell.value().isEmpty() && !cell.formula()) {
                continue;
            }
            if (column >= limits.maxColumns()) {
                throw new RosterFileException(
                        "第" + number + "行第" + (column + 1) + "列有内容，超过" + limits.maxColumns() + "列的上限，文件无法导入");
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(cell.value());
            if (cell.formula()) {
                if (formulas.isEmpty()) {
                    formulas = new HashSet<>();
                }
                formulas.add(column);
            }
        }
        return new SourceRow(number, cells, formulas);
    }

    private record Cell(String value, boolean formula) {}

    /** Reads the cell's children up to its end tag. */
    private Cell readCell(String type) throws XMLStreamException {
        String value = "";
        StringBuilder inline = null;
        boolean formula = false;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (sheet.getLocalName()) {
                case "f" -> {
                    formula = true;
                    sheet.getElementText();
                }
                case "v" -> value = limited(sheet.getElementText());
                case "t" -> {
                    if (inline == null) {
                        inline = new StringBuilder();
                    }
                    inline.append(limited(sheet.getElementText()));
                }
                default -> {}
            }
        }
        if (inline != null) {
            return new Cell(inline.toString(), formula);
        }
        if (type == null || type.equals("n")) {
            return new Cell(plainNumber(value), formula);
        }
        if (type.equals("s")) {
            if (value.isEmpty()) {
                return new Cell("", formula);
            }
            int index;
            try {
                index = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new RosterFileException("Excel文件内容已损坏（共享字符串索引无效）");
            }
            if (index < 0 || index >= sharedStrings.size()) {
                throw new RosterFileException("Excel文件内容已损坏（共享字符串索引超出范围）");
            }
            return new Cell(sharedStrings.get(index), formula);
        }
        return new Cell(value, formula);
    }

    private String limited(String text) {
        if (text.length() > limits.maxCellLength()) {
            throw new RosterFileException("第" + lastRow + "行有单元格的内容超过" + limits.maxCellLength() + "个字符，文件无法导入");
        }
        return text;
    }

    /** 1.3800138E10 → 13800138000; 12.0 → 12. */
    static String plainNumber(String raw) {
        if (raw.isEmpty() || (raw.indexOf('E') < 0 && raw.indexOf('e') < 0 && raw.indexOf('.') < 0)) {
            return raw;
        }
        try {
            BigDecimal number = new BigDecimal(raw.strip());
            String plain = number.stripTrailingZeros().toPlainString();
            return plain;
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private long parseRowNumber(String r) {
        try {
            return Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            throw new RosterFileException("Excel文件内容已损坏（行号无效）");
        }
    }

    /** The zero-based column of a reference such as "AB12"; refuses anything beyond XFD. */
    private int parseColumn(String ref) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (++letters > 3) {
                    throw new RosterFileException("第" + lastRow + "行的单元格超出Excel的最大列数，文件无法导入");
                }
                column = column * 26 + (c - 'A' + 1);
            } else {
                break;
            }
        }
        if (column == 0 || column > EXCEL_COLUMNS) {
            throw new RosterFileException("第" + lastRow + "行的单元格超出Excel的最大列数，文件无法导入");
        }
        return column - 1;
    }

    @Override
    public double progress() {
        return Math.min(1.0, (double) sheetStream.count / sheetSize);
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing left to read
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static final class CountingStream extends FilterInputStream {
        private final long declared;
        private long count;

        CountingStream(InputStream in, long declared) {
            super(in);
            this.declared = declared;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > declared) {
                throw new RosterFileException("Excel文件的实际内容大于其声明的大小（疑似“压缩炸弹”），拒绝导入");
            }
        }
    }
}
