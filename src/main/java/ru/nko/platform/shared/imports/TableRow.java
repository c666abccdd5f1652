package ru.nko.platform.shared.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of an uploaded table as text cells.
 *
 * @param line the number the user sees in their file: the 1-based text line where the
 * record starts (TSV/CSV), the 1-based sheet row (XLSX) or the 1-based table row (DOCX)
 * @param cells cell texts in column order, trimmed, never null
 */
public record TableRow(int line, List<String> cells) {

	public TableRow {
		if (line < 1) {
			throw new IllegalArgumentException("line must be 1-based: " + line);
		}
		// nulls are normalised to "" so callers never have to check
		List<String> copy = new ArrayList<>(cells == null ? List.of() : cells);
		copy.replaceAll(cell -> cell == null ? "" : cell);
		cells = Collections.unmodifiableList(copy);
	}

	/** The cell at a 0-based column index, or "" when the row is shorter. */
	public String cell(int index) {
		return index >= 0 && index < cells.size() ? cells.get(index) : "";
	}

	/** True when every cell is empty or whitespace (including non-breaking spaces). */
	public boolean blank() {
		return cells.stream().allMatch(TableRow::isBlankText);
	}

	/**
	 * Number of cells read for this row; shorter rows are normal, use {@link #cell(int)}.
	 */
	public int size() {
		return cells.size();
	}

	private static boolean isBlankText(String text) {
		return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF');
	}
}
