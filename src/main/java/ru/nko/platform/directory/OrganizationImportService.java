package ru.nko.platform.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.shared.imports.ImportException;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportProblem;
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

	/** What an import would do or did. */
	record Outcome(String fileName, int dataRows, int created, int updated, int rejected, List<ImportProblem> problems,
			boolean committed, List<Mapped> mapping) {

		Outcome(String fileName, int dataRows, int created, int updated, int rejected, List<ImportProblem> problems,
				boolean committed) {
			this(fileName, dataRows, created, updated, rejected, problems, committed, List.of());
		}

		public boolean clean() {
			return this.problems.isEmpty();
		}
	}

	private final OrganizationRepository organizations;

	private final DirectoryManagement directory;

	private final EntityManager entityManager;

	private final TableExport export;

	private final ApplicationEventPublisher events;

	OrganizationImportService(OrganizationRepository organizations, DirectoryManagement directory,
			EntityManager entityManager, TableExport export, ApplicationEventPublisher events) {
		this.events = events;
		this.organizations = organizations;
		this.directory = directory;
		this.entityManager = entityManager;
		this.export = export;
	}

	/** Checks the file and counts what would be created and updated; saves nothing. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Outcome preview(String fileName, byte[] content) {
		Parsed parsed = parse(fileName, content);
		if (parsed.result == null) {
			return new Outcome(fileName, 0, 0, 0, 0, parsed.fileProblems, false);
		}
		Existing existing = existing(parsed.result.rows());
		int updated = (int) parsed.result.rows().stream().filter(row -> existing.find(row.data()) != null).count();
		return new Outcome(fileName, parsed.result.dataRows(), parsed.result.rows().size() - updated, updated,
				parsed.result.rejected(), parsed.result.problems(), false, mapping(parsed));
	}

	/**
	 * Saves the valid rows in one transaction, reporting progress; with
	 * {@link Mode#ALL_OR_NOTHING} any problem refuses the whole file ({@link Refused})
	 * and nothing is saved.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public Outcome commit(String fileName, byte[] content, Mode mode, ImportJobs.Progress progress) {
		Parsed parsed = parse(fileName, content);
		if (parsed.result == null) {
			throw new Refused(new Outcome(fileName, 0, 0, 0, 0, parsed.fileProblems, false));
		}
		OrganizationTableParser.Result result = parsed.result;
		int rejected = result.rejected();
		if ((mode == Mode.ALL_OR_NOTHING && !result.problems().isEmpty()) || result.rows().isEmpty()) {
			throw new Refused(new Outcome(fileName, result.dataRows(), 0, 0, rejected, result.problems().isEmpty()
					? List.of(ImportProblem.file("В файле нет ни одной организации для загрузки.")) : result.problems(),
					false));
		}
		progress.total(result.rows().size());
		Existing existing = existing(result.rows());
		int created = 0;
		int updated = 0;
		int done = 0;
		Set<Long> changed = new HashSet<>();
		for (OrganizationTableParser.Row row : result.rows()) {
			Organization organization = existing.find(row.data());
			if (organization == null) {
				organization = new Organization(row.data().name(), row.data().shortName(), row.data().inn(),
						row.data().ogrn(), row.data().municipalityId());
				organization.describe(row.data());
				this.entityManager.persist(organization);
				created++;
			}
			else {
				organization.describe(merged(organization, row.data()));
				updated++;
			}
			changed.add(organization.getId());
			if (++done % 200 == 0) {
				this.entityManager.flush();
				progress.advance(done);
			}
		}
		this.entityManager.flush();
		progress.advance(done);
		this.events.publishEvent(new OrganizationsChanged(changed));
		return new Outcome(fileName, result.dataRows(), created, updated, rejected, result.problems(), true);
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

	/** Fields the file leaves empty keep what the directory already knows. */
	private static OrganizationData merged(Organization current, OrganizationData incoming) {
		return new OrganizationData(incoming.name(), keep(incoming.shortName(), current.getShortName()),
				keep(incoming.legalForm(), current.getLegalForm()), keep(incoming.inn(), current.getInn()),
				keep(incoming.ogrn(), current.getOgrn()), keep(incoming.kpp(), current.getKpp()),
				incoming.registrationDate() != null ? incoming.registrationDate() : current.getRegistrationDate(),
				keep(incoming.address(), current.getAddress()), incoming.municipalityId(),
				incoming.socialOriented() || current.isSocialOriented(), current.getSocialOrientedSince(),
				incoming.iopu() || current.isIopu(), current.getIopuSince(),
				incoming.resourceCenter() || current.isResourceCenter(), current.isSupportParticipant(),
				keep(incoming.website(), current.getWebsite()), keep(incoming.publicEmail(), current.getPublicEmail()),
				keep(incoming.publicPhone(), current.getPublicPhone()),
				keep(incoming.headName(), current.getHeadName()), current.getHeadPosition(),
				keep(incoming.description(), current.getDescription()), current.getContactPerson(),
				current.getContactEmail(), current.getContactPhone(),
				incoming.activityAreas().isEmpty() ? current.getActivityAreas() : incoming.activityAreas(),
				incoming.socialPages().isEmpty() ? current.getSocialPages()
					.stream()
					.map(page -> new OrganizationData.SocialPageLink(page.getNetwork(), page.getUrl()))
					.toList() : incoming.socialPages());
	}

	private static String keep(String incoming, String current) {
		return incoming != null ? incoming : current;
	}

	private Parsed parse(String fileName, byte[] content) {
		Table table;
		try {
			table = TableReader.read(fileName, content);
		}
		catch (ImportException ex) {
			return new Parsed(null, null, ex.problems());
		}
		return new Parsed(table, OrganizationTableParser.parse(table, municipalityNames()), List.of());
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

	private Existing existing(List<OrganizationTableParser.Row> rows) {
		Map<String, Organization> byInn = new HashMap<>();
		Map<String, Organization> byOgrn = new HashMap<>();
		chunks(rows.stream().map(row -> row.data().inn()).filter(Objects::nonNull).distinct().toList(),
				this.organizations::findByInnIn)
			.forEach(organization -> byInn.put(organization.getInn(), organization));
		chunks(rows.stream().map(row -> row.data().ogrn()).filter(Objects::nonNull).distinct().toList(),
				this.organizations::findByOgrnIn)
			.forEach(organization -> byOgrn.put(organization.getOgrn(), organization));
		return new Existing(byInn, byOgrn);
	}

	private static List<Organization> chunks(List<String> keys,
			Function<Collection<String>, List<Organization>> finder) {
		List<Organization> found = new ArrayList<>();
		for (int from = 0; from < keys.size(); from += 1000) {
			found.addAll(finder.apply(keys.subList(from, Math.min(keys.size(), from + 1000))));
		}
		return found;
	}

	private record Parsed(Table table, OrganizationTableParser.Result result, List<ImportProblem> fileProblems) {
	}

	private record Existing(Map<String, Organization> byInn, Map<String, Organization> byOgrn) {

		Organization find(OrganizationData data) {
			Organization organization = data.inn() == null ? null : this.byInn.get(data.inn());
			return organization != null ? organization : data.ogrn() == null ? null : this.byOgrn.get(data.ogrn());
		}
	}

	/** The file was refused whole; the outcome says why. */
	static class Refused extends RuntimeException {

		private final transient Outcome outcome;

		Refused(Outcome outcome) {
			super("Реестр организаций не загружен");
			this.outcome = outcome;
		}

		Outcome outcome() {
			return this.outcome;
		}

	}

}
