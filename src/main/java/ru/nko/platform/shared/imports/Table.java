package ru.nko.platform.shared.imports;

import java.util.List;
import java.util.Objects;

/**
 * An uploaded table file read into rows of text cells, before any interpretation.
 *
 * @param format the format recognised from the file's content
 * @param charset "UTF-8", "windows-1251" (or "UTF-16LE"/"UTF-16BE") for text formats,
 * null for XLSX/DOCX
 * @param rows rows in file order; blank rows are kept so that line numbers stay
 * meaningful
 */
public record Table(Format format, String charset, List<TableRow> rows) {

	public Table {
		Objects.requireNonNull(format, "format");
		rows = List.copyOf(rows);
	}
}
