package gonghui.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the first sheet of a legacy Excel 97–2003 (.xls) file with Apache POI. Such files hold at most 65,536 rows
 * and are read into memory, so their size has its own, smaller limit.
 */
final class XlsRosterRows implements RosterRows {

    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private final RosterProperties limits;
    private final DataFormatter formatter = new DataFormatter();
    private final int lastRow;
    private int nextRow;

    XlsRosterRows(RosterFile file, RosterProperties limits) {
        this.limits = limits;
        try {
            if (file.size() > limits.maxLegacyFileSize().toBytes()) {
                throw new RosterFileException(
                        "旧版Excel（.xls）文件超过" + limits.maxLegacyFileSize().toMegabytes() + " MB的上限，请另存为.xlsx或CSV后导入");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = file.newInputStream()) {
            this.workbook = new HSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException("文件不完整或已损坏，不是有效的旧版Excel（.xls）文件", e);
        }
        if (workbook.getNumberOfSheets() == 0) {
            throw new RosterFileException("Excel文件中没有工作表");
        }
        this.sheet = workbook.getSheetAt(0);
        this.lastRow = sheet.getLastRowNum();
        this.nextRow = Math.max(0, sheet.getFirstRowNum());
    }

    @Override
    public SourceRow next() {
        while (nextRow <= lastRow) {
            Row row = sheet.getRow(nextRow++);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            Set<Integer> formulas = Set.of();
            int last = row.getLastCellNum();
            for (int column = 0; column < last; column++) {
                Cell cell = row.getCell(column);
                String text = cell == null ? "" : text(cell);
                boolean formula = cell != null && cell.getCellType() == CellType.FORMULA;
                if (!text.isEmpty() || formula) {
                    if (column >= limits.maxColumns()) {
                        throw new RosterFileException(
                                "第" + (row.getRowNum() + 1) + "行超过" + limits.maxColumns() + "列的上限，文件无法导入");
                    }
                    if (text.length() > limits.maxCellLength()) {
                        throw new RosterFileException(
                                "第" + (row.getRowNum() + 1) + "行有单元格的内容超过" + limits.maxCellLength() + "个字符，文件无法导入");
                    }
                }
                if (column < limits.maxColumns()) {
                    cells.add(text);
                }
                if (formula) {
                    if (formulas.isEmpty()) {
                        formulas = new HashSet<>();
                    }
                    formulas.add(column);
                }
            }
            return new SourceRow(row.getRowNum() + 1, cells, formulas);
        }
        return null;
    }

    private String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return XlsxRosterRows.plainNumber(String.valueOf(cell.getNumericCellValue()));
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        return formatter.formatCellValue(cell);
    }

    @Override
    public double progress() {
        return lastRow <= 0 ? 1.0 : Math.min(1.0, (double) nextRow / (lastRow + 1));
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
