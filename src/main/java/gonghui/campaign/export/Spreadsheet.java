package gonghui.campaign.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A campaign list as an Excel file: one sheet per table, a bold header row, dates as 2024年7月22日. */
public final class Spreadsheet {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final List<Table> tables = new ArrayList<>();

    public Spreadsheet table(String name, List<String> headers, List<List<Object>> rows) {
        tables.add(new Table(name, headers, rows));
        return this;
    }

    public byte[] toBytes() {
        try (var workbook = new SXSSFWorkbook(500);
                var out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Row head = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    head.createCell(i).setCellValue(table.headers().get(i));
                    head.getCell(i).setCellStyle(header);
                    sheet.setColumnWidth(i, (i == 0 ? 16 : 22) * 256);
                }
                int index = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(index++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDate date) {
                            row.createCell(i).setCellValue(CHINESE_DATE.format(date));
                        } else if (value != null) {
                            String text = value.toString();
                            row.createCell(i).setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) : text);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a download named {@code fileName}. */
    public ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(toBytes());
    }

    private record Table(String name, List<String> headers, List<List<Object>> rows) {}
}
