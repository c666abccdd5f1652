package ru.nko.platform.roadmapimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.BodyNames;
import ru.nko.platform.directory.BodyRef;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmap.Deadline;
import ru.nko.platform.roadmap.ExecutorRole;
import ru.nko.platform.roadmap.RoadmapManagement;
import ru.nko.platform.roadmap.RoadmapPlan;
import ru.nko.platform.roadmap.RoadmapRef;
import ru.nko.platform.roadmapimport.RoadmapDraft.ExecutorDraft;
import ru.nko.platform.roadmapimport.RoadmapDraft.MeasureDraft;
import ru.nko.platform.roadmapimport.RoadmapDraft.SectionDraft;
import ru.nko.platform.shared.imports.ImportException;
import ru.nko.platform.shared.imports.ImportJobs;
import ru.nko.platform.shared.imports.ImportPreview;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.ImportRefused;
import ru.nko.platform.shared.imports.Table;
import ru.nko.platform.shared.imports.TableReader;
import ru.nko.platform.system.InvalidInput;

/**
 * Imports a roadmap table through the platform's import pipeline: read the file,
 * interpret it, preview what would change, then commit all of it or nothing through the
 * roadmap's {@link RoadmapManagement#write}. Re-importing a roadmap with the same region
 * and title updates its measures by number and withdraws those no longer in the table.
 */
@Service
class RoadmapImports {

	private final RoadmapManagement roadmaps;

	private final DirectoryManagement directory;

	private final Clock clock;

	RoadmapImports(RoadmapManagement roadmaps, DirectoryManagement directory, Clock clock) {
		this.roadmaps = roadmaps;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * What the roadmap import shows beyond the counts: the roadmap found in the file and
	 * how its executors matched the directory's bodies.
	 */
	record RoadmapReading(String title, String region, int baseYear, Long existingRoadmapId,
			List<SectionPreview> sections, List<String> newBodies) {
	}

	record SectionPreview(String code, String title, List<MeasurePreview> measures) {
	}

	record MeasurePreview(String code, String parentCode, String title, String expectedResult, Deadline deadline,
			List<ExecutorPreview> executors, int line, boolean existing) {
	}

	/**
	 * An executor as written and the body it matched, or {@code null} when a new body
	 * will be created.
	 */
	record ExecutorPreview(String nameAsWritten, ExecutorRole role, Long bodyId, String bodyName) {
	}

	/** The outcome of a committed import: the roadmap and what was done to it. */
	record Result(long roadmapId, boolean created, ImportPreview<RoadmapReading> preview) {
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public ImportPreview<RoadmapReading> preview(String fileName, byte[] content, String region) {
		return build(fileName, content, region);
	}

	/**
	 * Commits the import whole in one transaction, reporting each measure written, or
	 * throws {@link ImportRefused} with the preview's errors and changes nothing.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public Result commit(String fileName, byte[] content, String region, ImportJobs.Progress progress) {
		ImportPreview<RoadmapReading> preview = build(fileName, content, region);
		if (!preview.clean()) {
			throw new ImportRefused("Дорожная карта не загружена: в файле есть ошибки", preview);
		}
		RoadmapReading reading = preview.detail();
		progress.total(preview.rows());
		Map<String, Long> newBodies = new HashMap<>();
		List<RoadmapPlan.Section> sections = new ArrayList<>();
		for (SectionPreview section : reading.sections()) {
			List<RoadmapPlan.PlannedMeasure> measures = new ArrayList<>();
			for (MeasurePreview measure : section.measures()) {
				List<RoadmapPlan.Executor> executors = new ArrayList<>();
				for (ExecutorPreview executor : measure.executors()) {
					long bodyId = executor.bodyId() != null ? executor.bodyId() : newBodies
						.computeIfAbsent(executor.nameAsWritten(), name -> this.directory.ensureBody(name).id());
					executors.add(new RoadmapPlan.Executor(bodyId, executor.role(), executor.nameAsWritten()));
				}
				measures.add(new RoadmapPlan.PlannedMeasure(measure.code(), measure.parentCode(), measure.title(),
						measure.expectedResult(), measure.deadline(), executors));
			}
			sections.add(new RoadmapPlan.Section(section.code(), section.title(), measures));
		}
		RoadmapPlan.Written written = this.roadmaps.write(new RoadmapPlan(reading.existingRoadmapId(), reading.title(),
				reading.region(), reading.baseYear(), fileName, sections), progress::advance);
		return new Result(written.roadmapId(), written.created(), preview);
	}

	private ImportPreview<RoadmapReading> build(String fileName, byte[] content, String region) {
		String regionName = region == null || region.isBlank() ? "" : region.strip();
		Table table;
		try {
			table = TableReader.read(fileName, content);
		}
		catch (ImportException ex) {
			return ImportPreview.unreadable(fileName, ex.problems(),
					new RoadmapReading(null, regionName, 0, null, List.of(), List.of()));
		}
		RoadmapDraft draft = RoadmapTableParser.parse(table);
		List<ImportProblem> errors = new ArrayList<>(draft.problems());
		List<ImportProblem> warnings = new ArrayList<>(draft.warnings());
		if (draft.problems().isEmpty() && draft.measureCount() == 0) {
			errors.add(ImportProblem.file("В таблице не найдено ни одного мероприятия с номером вида «1.1»."));
		}
		if (regionName.isEmpty()) {
			errors.add(ImportProblem.file("Укажите регион, к которому относится дорожная карта."));
		}
		errors.addAll(tooLong(draft, regionName));
		int baseYear = baseYear(draft);
		boolean titled = draft.title() != null && !draft.title().isBlank();
		String title = tidyTitle(titled ? draft.title() : fileName);
		Optional<RoadmapRef> existing = regionName.isEmpty() ? Optional.empty()
				: this.roadmaps.roadmap(regionName, title);
		if (!titled && existing.isEmpty() && !regionName.isEmpty()) {
			// a table without its title row updates the region's roadmap, if the region
			// has exactly one
			List<RoadmapRef> regional = this.roadmaps.roadmaps(regionName);
			if (regional.size() == 1) {
				existing = Optional.of(regional.get(0));
				title = regional.get(0).title();
			}
		}
		Set<String> existingMeasures = existing.map(roadmap -> this.roadmaps.measureCodes(roadmap.id()))
			.orElse(Set.of());
		Map<String, Optional<BodyRef>> matches = new HashMap<>();
		Set<String> newBodies = new LinkedHashSet<>();
		List<SectionPreview> sectionPreviews = new ArrayList<>();
		int created = 0;
		for (SectionDraft section : draft.sections()) {
			List<MeasurePreview> measurePreviews = new ArrayList<>();
			for (MeasureDraft measure : section.measures()) {
				Deadline deadline = DeadlineParser.parse(measure.deadlineText(), baseYear);
				if (!deadline.parsed() && !measure.deadlineText().isBlank()) {
					warnings.add(new ImportProblem(measure.line(), null,
							"Срок мероприятия " + measure.code() + " «" + measure.deadlineText()
									+ "» не распознан: текст сохранится как есть, но просрочка по нему не считается."));
				}
				List<ExecutorPreview> executors = new ArrayList<>();
				for (ExecutorDraft executor : measure.executors()) {
					Optional<BodyRef> body = matches.computeIfAbsent(executor.normalizedName(),
							key -> this.directory.matchBody(executor.nameAsWritten()));
					if (body.isEmpty()) {
						newBodies.add(BodyNames.displayName(executor.nameAsWritten()));
					}
					executors.add(new ExecutorPreview(executor.nameAsWritten(), executor.role(),
							body.map(BodyRef::id).orElse(null), body.map(BodyRef::name).orElse(null)));
				}
				boolean known = existingMeasures.contains(measure.code());
				created += known ? 0 : 1;
				measurePreviews.add(new MeasurePreview(measure.code(), measure.parentCode(), measure.title(),
						measure.expectedResult(), deadline, executors, measure.line(), known));
			}
			sectionPreviews.add(new SectionPreview(section.code(), section.title(), measurePreviews));
		}
		Set<String> incoming = sectionPreviews.stream()
			.flatMap(s -> s.measures().stream())
			.map(MeasurePreview::code)
			.collect(Collectors.toSet());
		int withdrawn = (int) existingMeasures.stream().filter(code -> !incoming.contains(code)).count();
		int updated = incoming.size() - created;
		return new ImportPreview<>(fileName, incoming.size(), created, updated, withdrawn, 0, errors, warnings,
				new RoadmapReading(title, regionName, baseYear, existing.map(RoadmapRef::id).orElse(null),
						sectionPreviews, List.copyOf(newBodies)));
	}

	/**
	 * Texts longer than the roadmap keeps, each named as the table's column is; refused
	 * before anything is written.
	 */
	private static List<ImportProblem> tooLong(RoadmapDraft draft, String region) {
		List<ImportProblem> problems = new ArrayList<>();
		check(problems, 0, "Регион", region, RoadmapPlan.REGION_MAX);
		check(problems, 0, "Заголовок дорожной карты", draft.title(), RoadmapPlan.TITLE_MAX);
		for (SectionDraft section : draft.sections()) {
			check(problems, section.line(), "Номер раздела", section.code(), RoadmapPlan.CODE_MAX);
			check(problems, section.line(), "Наименование раздела", section.title(), RoadmapPlan.TITLE_MAX);
			for (MeasureDraft measure : section.measures()) {
				check(problems, measure.line(), "№", measure.code(), RoadmapPlan.CODE_MAX);
				check(problems, measure.line(), "Срок исполнения", measure.deadlineText(), RoadmapPlan.DEADLINE_MAX);
				for (ExecutorDraft executor : measure.executors()) {
					check(problems, measure.line(), "Исполнитель", BodyNames.displayName(executor.nameAsWritten()),
							BodyRef.NAME_MAX);
				}
			}
		}
		return problems;
	}

	private static void check(List<ImportProblem> problems, int line, String label, String text, int max) {
		if (text != null && text.length() > max) {
			problems.add(new ImportProblem(line, null, InvalidInput.tooLong(label, max, text.length())));
		}
	}

	/**
	 * The earliest year any deadline names; recurring measures without years start then.
	 */
	private int baseYear(RoadmapDraft draft) {
		int current = LocalDate.now(this.clock).getYear();
		return draft.sections()
			.stream()
			.flatMap(section -> section.measures().stream())
			.map(measure -> DeadlineParser.parse(measure.deadlineText(), current))
			.filter(deadline -> !deadline.recurring())
			.map(deadline -> deadline.start() != null ? deadline.start() : deadline.end())
			.filter(Objects::nonNull)
			.mapToInt(LocalDate::getYear)
			.min()
			.orElse(current);
	}

	/**
	 * "ПЛАН МЕРОПРИЯТИЙ («ДОРОЖНАЯ КАРТА») по …" → "План мероприятий («дорожная карта»)
	 * по …".
	 */
	static String tidyTitle(String title) {
		String[] words = title.strip().split(" ");
		int capitals = 0;
		while (capitals < words.length && isCapitalWord(words[capitals])) {
			capitals++;
		}
		if (capitals < 2) {
			return title.strip();
		}
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			String word = i < capitals ? words[i].toLowerCase(Locale.ROOT) : words[i];
			result.append(i == 0 ? "" : " ").append(word);
		}
		int first = 0;
		while (first < result.length() && !Character.isLetter(result.charAt(first))) {
			first++;
		}
		if (first < result.length()) {
			result.setCharAt(first, Character.toUpperCase(result.charAt(first)));
		}
		return result.toString();
	}

	private static boolean isCapitalWord(String word) {
		String letters = word.replaceAll("[^\\p{L}]", "");
		return letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
	}

}
