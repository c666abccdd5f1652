package ru.nko.platform.shared.imports;

import java.util.Iterator;

/**
 * The rows of an uploaded table, read one at a time ({@link TableReader#open}), so that a
 * big text file is never held whole in memory; close it when done. Reading may still
 * refuse the file part way ({@link ImportException}: an unclosed quote, a byte of another
 * encoding).
 */
public interface TableRows extends Iterator<TableRow>, AutoCloseable {

	/** The format recognised from the file's content. */
	Format format();

	/** As {@link Table#charset()}. */
	String charset();

	@Override
	void close();

	/** The rows of a table already read whole. */
	static TableRows of(Table table) {
		Iterator<TableRow> rows = table.rows().iterator();
		return new TableRows() {

			@Override
			public Format format() {
				return table.format();
			}

			@Override
			public String charset() {
				return table.charset();
			}

			@Override
			public boolean hasNext() {
				return rows.hasNext();
			}

			@Override
			public TableRow next() {
				return rows.next();
			}

			@Override
			public void close() {
			}

		};
	}

}
