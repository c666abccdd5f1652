package ru.nko.platform.shared.imports;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the table of a Word document (DOCX), cell spans and vertical merges laid out on
 * the table grid.
 */
final class DocxTableReader {

	static final String BROKEN_DOCX = "Файл «%s» повреждён или не является документом Word (DOCX). "
			+ "Откройте его в Word, сохраните заново и загрузите ещё раз.";

	private static final String NO_TABLE = "В документе «%s» нет таблицы. Загрузите документ Word, "
			+ "в котором мероприятия оформлены таблицей.";

	/**
	 * Word tables never have more than 63 columns; a larger gridSpan is garbage and must
	 * not blow up a row.
	 */
	private static final int MAX_SPAN = 64;

	private DocxTableReader() {
	}

	/**
	 * The first table of a Word document wide enough to hold data, laid out on its grid.
	 */
	static Table read(String name, byte[] bytes) {
		List<TableRow> rows;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<XWPFTable> tables = document.getTables();
			if (tables.isEmpty()) {
				throw TableReader.problem(NO_TABLE, name);
			}
			// the first table wide enough to hold activities; narrow ones are usually
			// approval/signature blocks
			XWPFTable table = tables.stream()
				.filter(candidate -> candidate.getRows().stream().anyMatch(row -> rowCells(row).size() >= 3))
				.findFirst()
				.orElse(tables.get(0));
			rows = new ArrayList<>();
			List<XWPFTableRow> tableRows = table.getRows();
			for (int i = 0; i < tableRows.size(); i++) {
				rows.add(new TableRow(i + 1, rowCells(tableRows.get(i))));
			}
		}
		catch (ImportException e) {
			throw e;
		}
		catch (Exception e) {
			throw TableReader.problem(BROKEN_DOCX, name);
		}
		if (rows.stream().allMatch(TableRow::blank)) {
			throw TableReader.problem(TableReader.EMPTY, name);
		}
		return new Table(Format.DOCX, null, rows);
	}

	/**
	 * Cells laid out on the table grid, so that column N means the same thing in every
	 * row.
	 */
	private static List<String> rowCells(XWPFTableRow row) {
		List<String> cells = new ArrayList<>();
		CTTrPr rowProperties = row.getCtRow().getTrPr();
		if (rowProperties != null && rowProperties.sizeOfGridBeforeArray() > 0) {
			// a row that starts further right than the grid's first column
			int skipped = gridCount(rowProperties.getGridBeforeArray(0), 0);
			for (int i = 0; i < skipped; i++) {
				cells.add("");
			}
		}
		for (XWPFTableCell cell : row.getTableCells()) {
			CTTcPr properties = cell.getCTTc().getTcPr();
			int span = properties != null && properties.isSetGridSpan() ? gridCount(properties.getGridSpan(), 1) : 1;
			boolean continuation = properties != null && properties.isSetVMerge()
					&& (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
			cells.add(continuation ? "" : CellText.trim(cellText(cell)));
			for (int i = 1; i < span; i++) {
				cells.add("");
			}
		}
		return cells;
	}

	/**
	 * A grid column count from the document, clamped so that a corrupt value cannot blow
	 * up a row.
	 */
	private static int gridCount(CTDecimalNumber number, int minimum) {
		BigInteger value = number == null ? null : number.getVal();
		if (value == null) {
			return minimum;
		}
		return (int) Math.max(minimum, Math.min(MAX_SPAN, value.longValue()));
	}

	/**
	 * Paragraphs joined by a space; a table nested in the cell contributes its cells'
	 * text the same way.
	 */
	private static String cellText(XWPFTableCell cell) {
		List<String> parts = new ArrayList<>();
		for (IBodyElement element : cell.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				parts.add(CellText.trim(paragraph.getText()));
			}
			else if (element instanceof XWPFTable nested) {
				for (XWPFTableRow nestedRow : nested.getRows()) {
					for (XWPFTableCell nestedCell : nestedRow.getTableCells()) {
						parts.add(CellText.trim(cellText(nestedCell)));
					}
				}
			}
		}
		parts.removeIf(String::isEmpty);
		return String.join(" ", parts);
	}

}
