package ru.nko.platform.organizationimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.OrganizationImports;
import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.shared.imports.ImportException;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportPreview;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.ImportRefused;
import ru.nko.platform.shared.imports.Table;
import ru.nko.platform.shared.imports.TableReader;
import ru.nko.platform.shared.imports.TableRow;

/**
 * Imports a registry of organisations through the platform's import pipeline: read →
 * check every row → preview → commit in one transaction, either all or nothing, or the
 * valid rows only (the rejected ones can be downloaded with their reasons). Organisations
 * are matched by INN, else OGRN: a known one is updated, never duplicated.
 */
@Service
class OrganizationImportService {

	/** What to do with a file that has rejected rows. */
	enum Mode {

		ALL_OR_NOTHING, VALID_ONLY

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

	/** Checks the file and counts what would be created and updated; saves nothing. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public ImportPreview<List<Mapped>> preview(String fileName, byte[] content) {
		Parsed parsed = parse(fileName, content);
		if (parsed.result == null) {
			return ImportPreview.unreadable(fileName, parsed.fileProblems, List.of());
		}
		OrganizationImports.Counts counts = this.organizations.preview(data(parsed.result));
		return outcome(fileName, parsed.result, counts, mapping(parsed));
	}

	/**
	 * Saves the valid rows in one transaction, reporting progress; with
	 * {@link Mode#ALL_OR_NOTHING} any problem refuses the whole file
	 * ({@link ImportRefused}) and nothing is saved.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public ImportPreview<List<Mapped>> commit(String fileName, byte[] content, Mode mode,
			ImportJobs.Progress progress) {
		Parsed parsed = parse(fileName, content);
		if (parsed.result == null) {
			throw refused(ImportPreview.unreadable(fileName, parsed.fileProblems, List.of()));
		}
		OrganizationTableParser.Result result = parsed.result;
		if ((mode == Mode.ALL_OR_NOTHING && !result.problems().isEmpty()) || result.rows().isEmpty()) {
			throw refused(new ImportPreview<>(fileName, result.dataRows(), 0, 0, 0, result.rejected(),
					result.problems().isEmpty()
							? List.of(ImportProblem.file("В файле нет ни одной организации для загрузки."))
							: result.problems(),
					List.of(), List.of()));
		}
		progress.total(result.rows().size());
		OrganizationImports.Counts counts = this.organizations.save(data(result), progress);
		return outcome(fileName, result, counts, List.of());
	}

	private static ImportPreview<List<Mapped>> outcome(String fileName, OrganizationTableParser.Result result,
			OrganizationImports.Counts counts, List<Mapped> mapping) {
		return new ImportPreview<>(fileName, result.dataRows(), counts.created(), counts.updated(), 0,
				result.rejected(), result.problems(), List.of(), mapping);
	}

	private static ImportRefused refused(ImportPreview<List<Mapped>> preview) {
		return new ImportRefused("Реестр организаций не загружен", preview);
	}

	/**
	 * The rejected rows as they were in the file, with a column of reasons: a CSV to fix
	 * and load again.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	public byte[] rejectedRows(String fileName, byte[] content) {
		Parsed parsed = parse(fileName, content);
		List<List<Object>> rows = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		if (parsed.table != null && !parsed.table.rows().isEmpty()) {
			TableRow header = parsed.table.rows().stream().filter(row -> !row.blank()).findFirst().orElseThrow();
			headers.add("Строка");
			headers.addAll(header.cells());
			headers.add("Что исправить");
			Map<Integer, List<String>> reasons = new HashMap<>();
			List<ImportProblem> problems = parsed.result == null ? parsed.fileProblems : parsed.result.problems();
			problems.forEach(problem -> reasons.computeIfAbsent(problem.line(), line -> new ArrayList<>())
				.add((problem.column() == null ? "" : "столбец " + problem.column() + ": ") + problem.message()));
			for (TableRow row : parsed.table.rows()) {
				if (reasons.containsKey(row.line()) && row.line() != header.line()) {
					List<Object> values = new ArrayList<>();
					values.add(row.line());
					for (int i = 0; i < header.size(); i++) {
						values.add(row.cell(i));
					}
					values.add(String.join("; ", reasons.get(row.line())));
					rows.add(values);
				}
			}
		}
		return this.export.csv(new TableExport.SheetData("Отклонённые строки", headers, rows));
	}

	/**
	 * Which column of the file went to which field: what the preview shows as the mapping
	 * by header.
	 */
	record Mapped(int column, String header, OrganizationTableParser.Column field) {
	}

	private static List<Mapped> mapping(Parsed parsed) {
		TableRow header = parsed.table.rows().stream().filter(row -> !row.blank()).findFirst().orElse(null);
		if (header == null) {
			return List.of();
		}
		return parsed.result.columns()
			.entrySet()
			.stream()
			.map(entry -> new Mapped(entry.getValue() + 1, header.cell(entry.getValue()), entry.getKey()))
			.sorted(Comparator.comparingInt(Mapped::column))
			.toList();
	}

	private static List<OrganizationData> data(OrganizationTableParser.Result result) {
		return result.rows().stream().map(OrganizationTableParser.Row::data).toList();
	}

	private Parsed parse(String fileName, byte[] content) {
		Table table;
		try {
			table = TableReader.read(fileName, content);
		}
		catch (ImportException ex) {
			return new Parsed(null, null, ex.problems());
		}
		return new Parsed(table, OrganizationTableParser.parse(table, municipalityNames(), LocalDate.now(this.clock)),
				List.of());
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

	private record Parsed(Table table, OrganizationTableParser.Result result, List<ImportProblem> fileProblems) {
	}

}
