package ru.nko.platform.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The one export service: a table of headers and rows written as XLSX or CSV, with every
 * text that a spreadsheet could take for a formula neutralised (formula injection).
 */
@Component
public class TableExport {

	/** One sheet of an export. */
	public record SheetData(String name, List<String> headers, List<List<Object>> rows) {
	}

	public byte[] xlsx(List<SheetData> sheets) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CreationHelper helper = workbook.getCreationHelper();
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setWrapText(true);
			CellStyle text = workbook.createCellStyle();
			text.setWrapText(true);
			CellStyle quoted = workbook.createCellStyle();
			quoted.setWrapText(true);
			quoted.setQuotePrefixed(true);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(helper.createDataFormat().getFormat("dd.mm.yyyy"));
			for (SheetData data : sheets) {
				Sheet sheet = workbook.createSheet(safeSheetName(data.name()));
				Row head = sheet.createRow(0);
				for (int c = 0; c < data.headers().size(); c++) {
					Cell cell = head.createCell(c);
					cell.setCellValue(data.headers().get(c));
					cell.setCellStyle(header);
					sheet.setColumnWidth(c, 24 * 256);
				}
				sheet.createFreezePane(0, 1);
				int r = 1;
				for (List<Object> values : data.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						Cell cell = row.createCell(c);
						if (value == null) {
							continue;
						}
						if (value instanceof Number number) {
							cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue()
									: number.doubleValue());
						}
						else if (value instanceof LocalDate localDate) {
							cell.setCellValue(localDate);
							cell.setCellStyle(date);
						}
						else {
							String string = value.toString();
							cell.setCellValue(string);
							cell.setCellStyle(looksLikeFormula(string) ? quoted : text);
						}
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * CSV with ";" as Russian Excel expects, UTF-8 with BOM, formula-like cells prefixed
	 * with an apostrophe.
	 */
	public byte[] csv(SheetData data) {
		StringBuilder out = new StringBuilder("\uFEFF");
		appendCsvRow(out, List.copyOf(data.headers()));
		for (List<Object> row : data.rows()) {
			appendCsvRow(out, row);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A CSV written row by row as {@link #csv(SheetData)} writes it, for a table too big
	 * to build in memory (the rejected rows of a registry); {@link CsvRows#finish} it.
	 */
	public CsvRows csv(OutputStream out, List<String> headers) {
		CsvRows rows = new CsvRows(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		rows.write("\uFEFF");
		rows.row(headers);
		return rows;
	}

	/** The rows of a CSV being written. */
	public static final class CsvRows {

		private final Writer out;

		private final StringBuilder row = new StringBuilder();

		private CsvRows(Writer out) {
			this.out = out;
		}

		public void row(List<?> values) {
			this.row.setLength(0);
			appendCsvRow(this.row, values);
			write(this.row);
		}

		/** Writes what is buffered; the stream stays open. */
		public void finish() {
			try {
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private void write(CharSequence text) {
			try {
				this.out.append(text);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	private static void appendCsvRow(StringBuilder out, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(';');
			}
			Object value = values.get(i);
			String string = value == null ? "" : value instanceof LocalDate d ? d.toString() : value.toString();
			if (value instanceof String && looksLikeFormula(string)) {
				string = "'" + string;
			}
			out.append('"').append(string.replace("\"", "\"\"")).append('"');
		}
		out.append("\r\n");
	}

	/** Text that Excel or LibreOffice would evaluate if typed into a cell. */
	public static boolean looksLikeFormula(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
	}

	private static String safeSheetName(String name) {
		String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
		return cleaned.isEmpty() ? "Лист" : cleaned.substring(0, Math.min(31, cleaned.length()));
	}

}
