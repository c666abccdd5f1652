package ru.nko.platform.shared.imports;

import java.util.List;

/**
 * What an import would do, or did, with a file: the one answer every import gives, shown
 * by its preview page, its job page and its API.
 *
 * @param fileName the file as the user named it
 * @param rows the data rows (or measures) the file holds
 * @param created how many records it creates
 * @param updated how many known records it updates
 * @param withdrawn how many records it withdraws because the file no longer has them
 * @param rejected how many rows it leaves out because of errors
 * @param errors what stops a row or the file, with line and column: all of them, or the
 * first ones of a big file
 * @param warnings what is saved as written but deserves a look
 * @param detail what only this import shows (the roadmap's sections, the organisation
 * columns matched)
 * @param errorCount how many errors there are, listed or not
 * @param <D> the kind of detail
 */
public record ImportPreview<D>(String fileName, int rows, int created, int updated, int withdrawn, int rejected,
		List<ImportProblem> errors, List<ImportProblem> warnings, D detail, int errorCount) {

	public ImportPreview {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
		errorCount = Math.max(errorCount, errors.size());
	}

	/** Every error listed. */
	public ImportPreview(String fileName, int rows, int created, int updated, int withdrawn, int rejected,
			List<ImportProblem> errors, List<ImportProblem> warnings, D detail) {
		this(fileName, rows, created, updated, withdrawn, rejected, errors, warnings, detail, errors.size());
	}

	/** A file refused as a whole before any row was read. */
	public static <D> ImportPreview<D> unreadable(String fileName, List<ImportProblem> problems, D detail) {
		return new ImportPreview<>(fileName, 0, 0, 0, 0, 0, problems, List.of(), detail);
	}

	/** Whether some errors are counted but not listed. */
	public boolean errorsCut() {
		return this.errorCount > this.errors.size();
	}

	/** Whether nothing stops the import. */
	public boolean clean() {
		return this.errors.isEmpty();
	}

}
