package ru.nko.platform.roadmap;

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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.BodyNames;
import ru.nko.platform.directory.BodyRef;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.roadmap.RoadmapDraft.ExecutorDraft;
import ru.nko.platform.roadmap.RoadmapDraft.MeasureDraft;
import ru.nko.platform.roadmap.RoadmapDraft.SectionDraft;
import ru.nko.platform.shared.imports.ImportException;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.Table;
import ru.nko.platform.shared.imports.TableReader;
import ru.nko.platform.system.CurrentUser;

/**
 * Imports a roadmap table through the platform's import pipeline: read the file,
 * interpret it, preview what would change, then commit all of it or nothing. Re-importing
 * a roadmap with the same region and title updates its measures by number and withdraws
 * those no longer in the table.
 */
@Service
class RoadmapImporter {

	private final RoadmapRepository roadmaps;

	private final SectionRepository sections;

	private final MeasureRepository measures;

	private final DirectoryManagement directory;

	private final IndicatorService indicators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RoadmapImporter(RoadmapRepository roadmaps, SectionRepository sections, MeasureRepository measures,
			DirectoryManagement directory, IndicatorService indicators, ApplicationEventPublisher events, Clock clock) {
		this.roadmaps = roadmaps;
		this.sections = sections;
		this.measures = measures;
		this.directory = directory;
		this.indicators = indicators;
		this.events = events;
		this.clock = clock;
	}

	/** What an import would do; {@code errors} non-empty means it cannot be committed. */
	record Preview(String fileName, String title, String region, int baseYear, Long existingRoadmapId,
			List<SectionPreview> sections, List<ImportProblem> errors, List<ImportProblem> warnings,
			List<String> newBodies, int newMeasures, int updatedMeasures, int withdrawnMeasures) {

		public boolean importable() {
			return this.errors.isEmpty();
		}

		public int measureCount() {
			return this.sections.stream().mapToInt(section -> section.measures().size()).sum();
		}
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

	/** The outcome of a committed import. */
	record Result(long roadmapId, boolean created, Preview preview) {
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Preview preview(String fileName, byte[] content, String region) {
		return build(fileName, content, region);
	}

	/**
	 * Commits the import whole, or throws {@link Rejected} with the preview's errors and
	 * changes nothing.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public Result commit(String fileName, byte[] content, String region) {
		Preview preview = build(fileName, content, region);
		if (!preview.importable()) {
			throw new Rejected(preview);
		}
		boolean created = preview.existingRoadmapId() == null;
		Roadmap roadmap = created
				? this.roadmaps.save(new Roadmap(preview.title(), preview.region(), preview.baseYear()))
				: this.roadmaps.findById(preview.existingRoadmapId()).orElseThrow();
		roadmap.imported(fileName, this.clock.instant(), CurrentUser.get().map(CurrentUser::getUsername).orElse(null),
				preview.baseYear());
		Map<String, RoadmapSection> sectionsByCode = this.sections.findByRoadmapIdOrderByPositionAsc(roadmap.getId())
			.stream()
			.collect(Collectors.toMap(RoadmapSection::getCode, Function.identity()));
		Map<String, Measure> measuresByCode = this.measures.findByRoadmapIdOrderByPositionAsc(roadmap.getId())
			.stream()
			.collect(Collectors.toMap(Measure::getCode, Function.identity()));
		Set<String> seen = new LinkedHashSet<>();
		int sectionPosition = 0;
		int measurePosition = 0;
		for (SectionPreview sectionPreview : preview.sections()) {
			RoadmapSection section = sectionsByCode.get(sectionPreview.code());
			if (section == null) {
				section = this.sections.save(new RoadmapSection(roadmap.getId(), sectionPreview.code(),
						sectionPreview.title(), sectionPosition));
			}
			else {
				section.update(sectionPreview.title(), sectionPosition);
			}
			sectionPosition++;
			for (MeasurePreview measurePreview : sectionPreview.measures()) {
				List<Measure.Executor> executors = new ArrayList<>();
				for (ExecutorPreview executor : measurePreview.executors()) {
					long bodyId = executor.bodyId() != null ? executor.bodyId()
							: this.directory.ensureBody(executor.nameAsWritten()).id();
					executors.add(new Measure.Executor(bodyId, executor.role(), executor.nameAsWritten()));
				}
				Measure measure = measuresByCode.get(measurePreview.code());
				if (measure == null) {
					measure = new Measure(roadmap.getId(), section.getId(), measurePreview.code());
					measuresByCode.put(measurePreview.code(), measure);
				}
				measure.describe(section.getId(), measurePreview.parentCode(), measurePreview.title(),
						measurePreview.expectedResult(), measurePreview.deadline(), executors, measurePosition++);
				this.measures.save(measure);
				seen.add(measurePreview.code());
			}
		}
		measuresByCode.values()
			.stream()
			.filter(measure -> !seen.contains(measure.getCode()))
			.forEach(Measure::withdraw);
		Set<String> sectionCodes = preview.sections().stream().map(SectionPreview::code).collect(Collectors.toSet());
		sectionsByCode.values()
			.stream()
			.filter(section -> !sectionCodes.contains(section.getCode()))
			.forEach(RoadmapSection::withdraw);
		this.measures.flush();
		this.indicators.seedFromExpectedResults(roadmap.getId());
		this.events.publishEvent(new RoadmapImported(roadmap.getId(), preview.measureCount(), created));
		this.events.publishEvent(RoadmapIndicatorProviders.CHANGED);
		return new Result(roadmap.getId(), created, preview);
	}

	private Preview build(String fileName, byte[] content, String region) {
		String regionName = region == null || region.isBlank() ? "" : region.strip();
		Table table;
		try {
			table = TableReader.read(fileName, content);
		}
		catch (ImportException ex) {
			return new Preview(fileName, null, regionName, 0, null, List.of(), ex.problems(), List.of(), List.of(), 0,
					0, 0);
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
		int baseYear = baseYear(draft);
		boolean titled = draft.title() != null && !draft.title().isBlank();
		String title = tidyTitle(titled ? draft.title() : fileName);
		Optional<Roadmap> existing = regionName.isEmpty() ? Optional.empty()
				: this.roadmaps.findByRegionAndTitle(regionName, title);
		if (!titled && existing.isEmpty() && !regionName.isEmpty()) {
			// a table without its title row updates the region's roadmap, if the region
			// has exactly one
			List<Roadmap> regional = this.roadmaps.findByRegion(regionName);
			if (regional.size() == 1) {
				existing = Optional.of(regional.get(0));
				title = regional.get(0).getTitle();
			}
		}
		Map<String, Measure> existingMeasures = existing
			.map(roadmap -> this.measures.findByRoadmapIdAndWithdrawnFalseOrderByPositionAsc(roadmap.getId())
				.stream()
				.collect(Collectors.toMap(Measure::getCode, Function.identity())))
			.orElse(Map.of());
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
				boolean known = existingMeasures.containsKey(measure.code());
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
		int withdrawn = (int) existingMeasures.keySet().stream().filter(code -> !incoming.contains(code)).count();
		int updated = incoming.size() - created;
		return new Preview(fileName, title, regionName, baseYear, existing.map(Roadmap::getId).orElse(null),
				sectionPreviews, errors, warnings, List.copyOf(newBodies), created, updated, withdrawn);
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

	/** The import was refused; the preview says why. */
	static class Rejected extends RuntimeException {

		private final transient Preview preview;

		Rejected(Preview preview) {
			super("Дорожная карта не загружена: в файле есть ошибки");
			this.preview = preview;
		}

		Preview preview() {
			return this.preview;
		}

	}

}
