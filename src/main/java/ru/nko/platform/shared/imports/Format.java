package ru.nko.platform.shared.imports;

/** Kind of table file recognised by {@link TableReader} from the file's bytes. */
public enum Format {

	/**
	 * Text with tab-separated cells (Excel's "Текст (разделители — знаки табуляции)").
	 */
	TSV,
	/** Text with cells separated by {@code ;} or {@code ,}. */
	CSV,
	/** Excel workbook (Office Open XML). */
	XLSX,
	/** Word document with a table (Office Open XML). */
	DOCX

}
