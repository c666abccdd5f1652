package ru.nko.platform.organizationimport;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.shared.imports.ImportException;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportPreview;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.ImportRefused;
import ru.nko.platform.shared.imports.TableReader;
import ru.nko.platform.shared.imports.TableRow;
import ru.nko.platform.shared.imports.TableRows;

/**
 * Imports a registry of organisations through the platform's import pipeline: read →
 * check every row → preview → commit in one transaction, either all or nothing, or the
 * valid rows only (the rejected ones can be downloaded with their reasons). Organisations
 * are matched by INN, else OGRN: a known one is updated, never duplicated.
 *
 * <p>
 * A file is read row by row in one pass, each row checked and copied into the directory's
 * staging table as it is read ({@link OrganizationImports#stage}); only the first
 * {@value #PROBLEMS_LISTED} problems are kept, the rest counted, so a country's registry
 * is checked and loaded in the memory of a few rows.
 */
@Service
class OrganizationImportService {

	/** What to do with a file that has rejected rows. */
	enum Mode {

		ALL_OR_NOTHING, VALID_ONLY

	}

	private static final Log log = LogFactory.getLog(OrganizationImportService.class);

	/** How many problems a preview, a refusal or the API lists; the rest are counted. */
	static final int PROBLEMS_LISTED = 1000;

	/** Rows between progress reports. */
	private static final int PROGRESS_EVERY = 1000;

	/**
	 * An uploaded registry: its name as the user knows it, its length, and its content,
	 * opened as often as reading needs (a multipart file on disk, a staged upload).
	 */
	record Upload(String fileName, long size, InputStreamSource content) {
	}

	private final DirectoryManagement directory;

	private final OrganizationImports organizations;

	private final TableExport export;

	private final Clock clock;

	OrganizationImportService(DirectoryManagement directory, OrganizationImports organizations, TableExport export,
			Clock clock) {
		this.directory = directory;
		this.organizations = organizations;
		this.export = export;
		this.clock = clock;
	}

	/**
	 * Checks the file and counts what would be created and updated; saves nothing (its
	 * transaction only stages the rows, and is rolled back).
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public ImportPreview<List<Mapped>> preview(Upload upload) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		try (OrganizationImports.Staging staging = this.organizations.stage()) {
			Reading reading = read(upload, staging, ImportJobs.Progress.NONE);
			if (reading.unreadable()) {
				return ImportPreview.unreadable(upload.fileName(), reading.problems.listed(), List.of());
			}
			return outcome(upload, reading, staging.check(PROBLEMS_LISTED), mapping(reading.parser));
		}
	}

	/**
	 * Saves the valid rows in one transaction, reporting the rows read as progress; with
	 * {@link Mode#ALL_OR_NOTHING} any problem refuses the whole file
	 * ({@link ImportRefused}) and nothing is saved.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public ImportPreview<List<Mapped>> commit(Upload upload, Mode mode, ImportJobs.Progress progress) {
		try (OrganizationImports.Staging staging = this.organizations.stage()) {
			Reading reading = read(upload, staging, progress);
			if (reading.unreadable()) {
				throw refused(ImportPreview.unreadable(upload.fileName(), reading.problems.listed(), List.of()));
			}
			long read = System.nanoTime();
			ImportPreview<List<Mapped>> checked = outcome(upload, reading, staging.check(PROBLEMS_LISTED), List.of());
			long verified = System.nanoTime();
			if ((mode == Mode.ALL_OR_NOTHING && !checked.clean()) || checked.created() + checked.updated() == 0) {
				throw refused(new ImportPreview<>(upload.fileName(), checked.rows(), 0, 0, 0, checked.rejected(),
						checked.clean() ? List.of(ImportProblem.file("В файле нет ни одной организации для загрузки."))
								: checked.errors(),
						List.of(), List.of(), checked.errorCount()));
			}
			OrganizationImports.Counts counts = staging.save();
			progress.advance(reading.dataRows);
			log.info("Registry «" + upload.fileName() + "» loaded: " + reading.dataRows + " rows read and staged in "
					+ (read - reading.started) / 1_000_000 + " ms, checked in " + (verified - read) / 1_000_000
					+ " ms, saved in " + (System.nanoTime() - verified) / 1_000_000 + " ms");
			return new ImportPreview<>(upload.fileName(), checked.rows(), counts.created(), counts.updated(), 0,
					checked.rejected(), checked.errors(), List.of(), List.of(), checked.errorCount());
		}
	}

	private static ImportPreview<List<Mapped>> outcome(Upload upload, Reading reading, OrganizationImports.Check check,
			List<Mapped> mapping) {
		if (reading.headerRefused()) {
			return new ImportPreview<>(upload.fileName(), reading.dataRows, 0, 0, 0, reading.dataRows,
					reading.problems.listed(), List.of(), mapping);
		}
		List<ImportProblem> errors = new ArrayList<>(reading.problems.listed());
		check.refusals()
			.forEach(refusal -> errors
				.add(new ImportProblem(refusal.line(), reading.parser.column(column(refusal)), refusal.message())));
		// by line, each row's own problems before those found against other rows
		errors.sort(Comparator.comparingInt(ImportProblem::line));
		int count = reading.problems.count() + check.refusalCount();
		List<ImportProblem> listed = errors.subList(0, Math.min(PROBLEMS_LISTED, errors.size()));
		return new ImportPreview<>(upload.fileName(), reading.dataRows, check.counts().created(),
				check.counts().updated(), 0, check.rejected(), listed, List.of(), mapping, count);
	}

	private static OrganizationTableParser.Column column(OrganizationImports.Refusal refusal) {
		return refusal.identifier() == OrganizationImports.Identifier.INN ? OrganizationTableParser.Column.INN
				: OrganizationTableParser.Column.OGRN;
	}

	private static ImportRefused refused(ImportPreview<List<Mapped>> preview) {
		return new ImportRefused("Реестр организаций не загружен", preview);
	}

	/**
	 * Reads every row once, checking it and handing it to the directory's staging: a
	 * valid row to save, a rejected one with its identifiers.
	 */
	private Reading read(Upload upload, OrganizationImports.Staging staging, ImportJobs.Progress progress) {
		Reading reading = new Reading();
		Map<String, Long> municipalities = municipalityNames();
		LocalDate today = LocalDate.now(this.clock);
		try (TableRows rows = TableReader.open(upload.fileName(), upload.size(), upload.content())) {
			while (rows.hasNext()) {
				TableRow row = rows.next();
				if (row.blank()) {
					continue;
				}
				if (reading.parser == null) {
					reading.parser = new OrganizationTableParser(row, municipalities, today);
					reading.parser.headerProblems().forEach(reading.problems::add);
					continue;
				}
				reading.dataRows++;
				if (reading.headerRefused()) {
					continue;
				}
				OrganizationTableParser.Row read = reading.parser.read(row);
				if (read.valid()) {
					staging.add(read.line(), read.data());
				}
				else {
					staging.reject(read.line(), read.inn(), read.ogrn());
					read.problems().forEach(reading.problems::add);
				}
				if (reading.dataRows % PROGRESS_EVERY == 0) {
					progress.advance(reading.dataRows);
				}
			}
		}
		catch (ImportException ex) {
			return Reading.unreadable(ex.problems());
		}
		if (reading.parser == null) {
			return Reading.unreadable(List.of(OrganizationTableParser.noRows()));
		}
		return reading;
	}

	/** What one pass over a file found. */
	private static final class Reading {

		final long started = System.nanoTime();

		/** Null when the file has no rows or could not be read. */
		OrganizationTableParser parser;

		int dataRows;

		final Problems problems = new Problems();

		static Reading unreadable(List<ImportProblem> problems) {
			Reading reading = new Reading();
			problems.forEach(reading.problems::add);
			return reading;
		}

		boolean unreadable() {
			return this.parser == null;
		}

		/** A required column missing: the rows are only counted. */
		boolean headerRefused() {
			return !this.parser.headerProblems().isEmpty();
		}

	}

	/** The first problems found, in file order, and how many there are in all. */
	private static final class Problems {

		private final List<ImportProblem> listed = new ArrayList<>();

		private int count;

		void add(ImportProblem problem) {
			if (this.listed.size() < PROBLEMS_LISTED) {
				this.listed.add(problem);
			}
			this.count++;
		}

		List<ImportProblem> listed() {
			return this.listed;
		}

		int count() {
			return this.count;
		}

	}

	/**
	 * Writes the rejected rows as they were in the file, with a column of reasons: a CSV
	 * to fix and load again. Reads the file twice (the second time beside the directory's
	 * refusals, both by line), holding one row at a time.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void rejectedRows(Upload upload, OutputStream out) {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		try (OrganizationImports.Staging staging = this.organizations.stage()) {
			Reading reading = read(upload, staging, ImportJobs.Progress.NONE);
			if (reading.unreadable()) {
				this.export.csv(out, List.of()).finish();
				return;
			}
			List<String> headers = new ArrayList<>();
			headers.add("Строка");
			headers.addAll(reading.parser.header().cells());
			headers.add("Что исправить");
			TableExport.CsvRows csv = this.export.csv(out, headers);
			if (!reading.headerRefused()) {
				try (TableRows rows = TableReader.open(upload.fileName(), upload.size(), upload.content())) {
					RejectedRows rejected = new RejectedRows(rows, reading.parser, csv);
					staging.refusals(rejected::refusal);
					rejected.finish();
				}
			}
			csv.finish();
		}
	}

	/**
	 * The rows of the file read again, each written out when it has a problem of its own
	 * or a refusal of the directory (both come by line).
	 */
	private static final class RejectedRows {

		private final TableRows rows;

		private final OrganizationTableParser parser;

		private final TableExport.CsvRows csv;

		private TableRow current;

		private List<String> reasons = List.of();

		RejectedRows(TableRows rows, OrganizationTableParser parser, TableExport.CsvRows csv) {
			this.rows = rows;
			this.parser = parser;
			this.csv = csv;
		}

		void refusal(OrganizationImports.Refusal refusal) {
			moveTo(refusal.line());
			if (this.current != null && this.current.line() == refusal.line()) {
				this.reasons.add(reason(
						new ImportProblem(refusal.line(), this.parser.column(column(refusal)), refusal.message())));
			}
		}

		void finish() {
			moveTo(Integer.MAX_VALUE);
			write();
		}

		/** Writes the rows before the line, and stops at the line (or after it). */
		private void moveTo(int line) {
			while (this.current == null || this.current.line() < line) {
				write();
				if (!this.rows.hasNext()) {
					return;
				}
				TableRow row = this.rows.next();
				if (row.blank() || row.line() <= this.parser.header().line()) {
					continue;
				}
				this.current = row;
				this.reasons = new ArrayList<>();
				this.parser.read(row).problems().forEach(problem -> this.reasons.add(reason(problem)));
			}
		}

		private void write() {
			if (this.current != null && !this.reasons.isEmpty()) {
				List<Object> values = new ArrayList<>();
				values.add(this.current.line());
				for (int i = 0; i < this.parser.header().size(); i++) {
					values.add(this.current.cell(i));
				}
				values.add(String.join("; ", this.reasons));
				this.csv.row(values);
			}
			this.current = null;
		}

		private static String reason(ImportProblem problem) {
			return (problem.column() == null ? "" : "столбец " + problem.column() + ": ") + problem.message();
		}

	}

	/**
	 * Which column of the file went to which field: what the preview shows as the mapping
	 * by header.
	 */
	record Mapped(int column, String header, OrganizationTableParser.Column field) {
	}

	private static List<Mapped> mapping(OrganizationTableParser parser) {
		return parser.columns()
			.entrySet()
			.stream()
			.map(entry -> new Mapped(entry.getValue() + 1, parser.header().cell(entry.getValue()), entry.getKey()))
			.sorted(Comparator.comparingInt(Mapped::column))
			.toList();
	}

	/**
	 * Municipality ids by their full names and the short forms people write
	 * ("Всеволожский", "Всеволожский район").
	 */
	private Map<String, Long> municipalityNames() {
		Map<String, Long> names = new HashMap<>();
		for (MunicipalityRef municipality : this.directory.municipalities()) {
			String full = OrganizationTableParser.normalize(municipality.name());
			names.put(full, municipality.id());
			String first = full.split(" ")[0];
			names.putIfAbsent(first, municipality.id());
			names.putIfAbsent(first + " район", municipality.id());
			names.putIfAbsent(first + " муниципальный район", municipality.id());
		}
		return names;
	}

}
