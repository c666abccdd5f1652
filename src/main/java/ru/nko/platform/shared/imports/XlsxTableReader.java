package ru.nko.platform.shared.imports;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an Excel workbook (XLSX): the first visible sheet, merged cells read once,
 * formulas shown as written, dates in one spelling and long numbers (ИНН, ОГРН) with
 * every digit.
 */
final class XlsxTableReader {

	static final String BROKEN_XLSX = "Файл «%s» повреждён или не является таблицей Excel (XLSX). "
			+ "Откройте его в Excel, сохраните заново и загрузите ещё раз.";

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

	private XlsxTableReader() {
	}

	/** The first visible sheet of a workbook, as rows of text cells. */
	static Table read(String name, byte[] bytes) {
		List<TableRow> rows;
		// POI reads through ZipSecureFile's guards (inflate ratio, entry size) when
		// opening from a stream
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			rows = sheetRows(workbook);
		}
		catch (Exception e) {
			throw TableReader.problem(BROKEN_XLSX, name);
		}
		if (rows.stream().allMatch(TableRow::blank)) {
			throw TableReader.problem(TableReader.EMPTY, name);
		}
		return new Table(Format.XLSX, null, rows);
	}

	private static List<TableRow> sheetRows(XSSFWorkbook workbook) {
		if (workbook.getNumberOfSheets() == 0) {
			return List.of();
		}
		XSSFSheet sheet = workbook.getSheetAt(firstVisibleSheet(workbook));
		List<CellRangeAddress> merged = sheet.getMergedRegions();
		DataFormatter formatter = new DataFormatter(RUSSIAN);
		// formula cells are returned as written (see cellText); cached values are used
		// for nothing else
		formatter.setUseCachedValuesForFormulaCells(true);
		int maxColumns = SpreadsheetVersion.EXCEL2007.getMaxColumns();

		List<TableRow> rows = new ArrayList<>();
		for (Row row : sheet) {
			int rowIndex = row.getRowNum();
			List<CellRangeAddress> mergedHere = merged.stream()
				.filter(region -> region.getFirstRow() <= rowIndex && rowIndex <= region.getLastRow())
				.toList();
			List<String> cells = new ArrayList<>();
			int lastCell = Math.min(row.getLastCellNum(), maxColumns);
			for (int column = 0; column < lastCell; column++) {
				Cell cell = row.getCell(column);
				boolean covered = isCoveredByMerge(mergedHere, rowIndex, column);
				cells.add(
						cell == null || covered ? "" : CellText.trim(cellText(cell, formatter, workbook.isDate1904())));
			}
			// trailing empty-but-formatted cells carry nothing and can run to column XFD
			while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			rows.add(new TableRow(rowIndex + 1, cells));
		}
		return rows;
	}

	private static int firstVisibleSheet(XSSFWorkbook workbook) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
				return i;
			}
		}
		return 0;
	}

	/**
	 * A merged region keeps its value in the top-left cell; the rest must read as empty,
	 * not as stale values.
	 */
	private static boolean isCoveredByMerge(List<CellRangeAddress> regions, int row, int column) {
		for (CellRangeAddress region : regions) {
			if (region.isInRange(row, column)) {
				return !(row == region.getFirstRow() && column == region.getFirstColumn());
			}
		}
		return false;
	}

	private static String cellText(Cell cell, DataFormatter formatter, boolean date1904) {
		if (cell.getCellType() == CellType.FORMULA) {
			// a formula is shown as written, never as its saved result, so that
			// interpreters can refuse it:
			// imported data are values, and a formula copied into the platform would run
			// again on export
			return "=" + cell.getCellFormula();
		}
		CellType type = cell.getCellType();
		switch (type) {
			case STRING:
				return cell.getStringCellValue();
			case BOOLEAN:
				// what Russian Excel shows
				return cell.getBooleanCellValue() ? "ИСТИНА" : "ЛОЖЬ";
			case NUMERIC:
				return numericText(cell, formatter, date1904);
			case ERROR:
				return formatter.formatCellValue(cell);
			default:
				return "";
		}
	}

	private static String numericText(Cell cell, DataFormatter formatter, boolean date1904) {
		double value = cell.getNumericCellValue();
		if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
			// one date spelling whatever the cell's format or the server's locale, so
			// later stages parse one thing
			LocalDateTime moment = DateUtil.getLocalDateTime(value, date1904, true);
			LocalTime time = moment.toLocalTime();
			String clock = time.getSecond() == 0 ? time.format(TIME) : time.format(TIME_SECONDS);
			if (value < 1) {
				return clock;
			}
			String date = moment.toLocalDate().format(DATE);
			return time.equals(LocalTime.MIDNIGHT) ? date : date + " " + clock;
		}
		boolean general = cell.getCellStyle().getDataFormat() == 0
				|| "General".equalsIgnoreCase(cell.getCellStyle().getDataFormatString());
		if (general && value == Math.rint(value) && Math.abs(value) < 1e15) {
			// Excel's "General" turns 12-digit numbers (ИНН, ОГРН) into 7,70708E+11; keep
			// every digit instead
			return Long.toString((long) value);
		}
		return formatter.formatCellValue(cell);
	}

}
