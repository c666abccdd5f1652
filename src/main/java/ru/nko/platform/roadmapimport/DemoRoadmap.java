package ru.nko.platform.roadmapimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import ru.nko.platform.roadmap.ReportStatus;
import ru.nko.platform.roadmap.RoadmapManagement;
import ru.nko.platform.system.DemoData;
import ru.nko.platform.system.RegionSettings;

/**
 * The Leningrad Oblast roadmap, imported as an administrator would, with a realistic
 * history of reports and the live indicators attached, in the {@code demo} profile;
 * loaded last, so the indicators are computed from the other modules' demo data.
 */
@Component
@Profile("demo")
class DemoRoadmap {

	private static final Logger log = LoggerFactory.getLogger(DemoRoadmap.class);

	private final RoadmapManagement roadmap;

	private final RoadmapImportManagement imports;

	private final String region;

	private final DemoData demo;

	private final ZoneId zone;

	DemoRoadmap(RoadmapManagement roadmap, RoadmapImportManagement imports, RegionSettings regionSettings,
			DemoData demo, Clock clock) {
		this.roadmap = roadmap;
		this.imports = imports;
		this.region = regionSettings.region();
		this.demo = demo;
		this.zone = clock.getZone();
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.ROADMAP)
	void load() {
		this.demo.load("roadmap", () -> !this.roadmap.anyRoadmap(), this::roadmapWithHistory);
		// providers read committed data: compute the live indicators once the demo is in
		this.roadmap.refreshIndicators();
	}

	private void roadmapWithHistory() {
		long id = this.imports.importRoadmap("roadmap-leningrad-oblast-2023.txt",
				read("demo/roadmap-leningrad-oblast-2023.txt"), this.region);
		String author = "Кузнецов Андрей Павлович";
		// measures reported done, as they were in 2023-2024; their documents count as
		// adopted
		List<String> doneIn2023 = List.of("1.1", "1.2", "1.3", "1.4", "1.6", "2.1", "2.2", "2.4", "3.1", "3.3", "4.1",
				"6.1", "7.1", "7.2");
		List<String> doneIn2024 = List.of("3.2", "5.1", "7.3", "7.4", "8.1");
		report(id, "1.1", 2023, 3,
				"Перечень проблем собран во всех 18 муниципальных образованиях, сводный перечень на согласовании.",
				ReportStatus.IN_PROGRESS, author, LocalDate.of(2023, 9, 25));
		for (String code : doneIn2023) {
			report(id, code, 2023, 4, "Мероприятие выполнено, документы размещены на портале.", ReportStatus.DONE,
					author, LocalDate.of(2023, 12, 20));
		}
		for (String code : doneIn2024) {
			report(id, code, 2024, 4, "Мероприятие выполнено с небольшой задержкой.", ReportStatus.DONE, author,
					LocalDate.of(2025, 1, 28));
		}
		for (String code : Stream.concat(doneIn2023.stream(), doneIn2024.stream()).toList()) {
			if (!code.equals("2.1") && !code.equals("2.2") && !code.equals("1.5")) {
				this.roadmap.measureId(id, code)
					.ifPresent(m -> this.roadmap.enterIndicator(m, 0, BigDecimal.ONE,
							"Документ утверждён и размещён на портале Комитета общественных коммуникаций"));
			}
		}
		report(id, "4.3", 2026, 3,
				"Порядок предоставления ОКН в аренду на согласовании в Комитете правового обеспечения.",
				ReportStatus.IN_PROGRESS, author, LocalDate.of(2026, 10, 5));
		report(id, "4.5", 2025, 4, "Проект порядка подготовлен, ожидает заключения.", ReportStatus.AT_RISK, author,
				LocalDate.of(2025, 12, 25));
		// quarterly informing about the property registry: a gap in 2026 makes it overdue
		for (int year = 2023; year <= 2026; year++) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				boolean gap = year == 2026 && quarter >= 2;
				if (!gap && !(year == 2026 && quarter == 4)) {
					report(id, "4.2", year, quarter, "Перечень объектов обновлён и опубликован.",
							ReportStatus.IN_PROGRESS, author, LocalDate.of(year, quarter * 3, 28));
				}
			}
		}
		for (int year = 2023; year <= 2025; year++) {
			report(id, "6.3", year, null, "Семинар для экспертов проведён совместно с Общественной палатой РФ.",
					ReportStatus.IN_PROGRESS, author, LocalDate.of(year, 11, 15));
		}
		// 2.1 and 2.2 are measured live from the organisations' openness
		this.roadmap.measureId(id, "2.1")
			.ifPresent(m -> this.roadmap.attachProvider(m, 0, "openness.applicants.required-share"));
		this.roadmap.measureId(id, "2.2")
			.ifPresent(m -> this.roadmap.attachProvider(m, 0, "openness.applicants.social-share"));
		// 1.3 (plans of meetings agreed, beside its document) and 1.5 (a meeting every
		// quarter) are measured live from the meetings
		this.roadmap.measureId(id, "1.3")
			.ifPresent(m -> this.roadmap.addComputedIndicator(m,
					"Муниципальные образования, согласовавшие план встреч на год", BigDecimal.valueOf(18),
					"interaction.meetings.plans-agreed"));
		this.roadmap.measureId(id, "1.5")
			.ifPresent(m -> this.roadmap.attachProvider(m, 0, "interaction.meetings.quarterly-share"));
		// 1.1 and 1.2 count problems and plans, 1.4 the officials appointed by an act
		// (beside their documents)
		this.roadmap.measureId(id, "1.1")
			.ifPresent(m -> this.roadmap.addComputedIndicator(m,
					"Проблемы НКО, зарегистрированные в муниципальных образованиях", null,
					"interaction.problems.registered"));
		this.roadmap.measureId(id, "1.2").ifPresent(m -> {
			this.roadmap.addComputedIndicator(m, "Муниципальные образования с утверждённым планом мероприятий",
					BigDecimal.valueOf(18), "interaction.plans.approved");
			this.roadmap.addComputedIndicator(m, "Проблемы НКО, включённые в планы мероприятий", null,
					"interaction.problems.in-plan");
			this.roadmap.addComputedIndicator(m, "Решённые проблемы НКО", null, "interaction.problems.resolved");
		});
		this.roadmap.measureId(id, "1.4")
			.ifPresent(m -> this.roadmap.addComputedIndicator(m,
					"Муниципальные образования с назначенным ответственным (с актом)", BigDecimal.valueOf(18),
					"interaction.officials.appointed"));
		// 7.3 and 7.4: meetings of NGO leaders held this year against those planned for
		// it (the target follows the plan)
		this.roadmap.measureId(id, "7.3")
			.ifPresent(m -> this.roadmap.addComputedIndicator(m,
					"Встречи руководителей НКО с главами местных администраций, проведённые в этом году (цель — все встречи, запланированные на год)",
					null, "interaction.meetings.leaders-local-held"));
		this.roadmap.measureId(id, "7.4")
			.ifPresent(m -> this.roadmap.addComputedIndicator(m,
					"Встречи руководителей НКО с региональными органами власти, проведённые в этом году (цель — все встречи, запланированные на год)",
					null, "interaction.meetings.leaders-regional-held"));
		log.info("Demo roadmap loaded: roadmap {}", id);
	}

	private void report(long roadmapId, String code, int year, Integer quarter, String text, ReportStatus status,
			String author, LocalDate at) {
		this.roadmap.measureId(roadmapId, code)
			.ifPresent(measureId -> this.roadmap.recordHistoricalReport(measureId, year, quarter, text, status, author,
					at.atTime(11, 0).atZone(this.zone).toInstant()));
	}

	static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
