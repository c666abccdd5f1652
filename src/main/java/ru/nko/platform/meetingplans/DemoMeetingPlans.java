package ru.nko.platform.meetingplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.meetings.MeetingManagement;
import ru.nko.platform.system.DemoData;

/**
 * The demo's yearly meeting plans: a plan for every year a municipality has meetings in,
 * agreed in most municipalities (two have no agreed plan for 2025, four only a draft for
 * 2026).
 */
@Component
@Profile("demo")
class DemoMeetingPlans {

	/**
	 * Municipalities whose plan for 2026 is still a draft; Всеволожский's, so that the
	 * demo officer ("municipal") has it to agree in their cabinet.
	 */
	private static final Set<String> DRAFT_2026 = Set.of("Сланцевский", "Тихвинский", "Подпорожский", "Всеволожский");

	private final DirectoryManagement directory;

	private final MeetingManagement meetings;

	private final MeetingPlans plans;

	private final MeetingPlanRepository repository;

	private final DemoData demo;

	private final Clock clock;

	DemoMeetingPlans(DirectoryManagement directory, MeetingManagement meetings, MeetingPlans plans,
			MeetingPlanRepository repository, DemoData demo, Clock clock) {
		this.directory = directory;
		this.meetings = meetings;
		this.plans = plans;
		this.repository = repository;
		this.demo = demo;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoData.MEETING_PLANS)
	void load() {
		this.demo.load("meeting plans", () -> this.repository.count() == 0, this::create);
	}

	void create() {
		// every municipality with a meeting in a year has that year's plan (a draft
		// unless agreed)
		this.meetings.between(null, LocalDate.of(2020, 1, 1), null)
			.stream()
			.filter(m -> m.municipalityId() != null)
			.forEach(m -> this.plans.ensure(m.municipalityId(),
					m.startsAt().atZoneSameInstant(this.clock.getZone()).getYear()));
		List<MunicipalityRef> municipalities = this.directory.municipalities();
		for (int index = 0; index < municipalities.size(); index++) {
			MunicipalityRef municipality = municipalities.get(index);
			String key = municipality.name().split(" ")[0];
			if (!key.equals("Сланцевский") && !key.equals("Тихвинский")) {
				this.plans.agreePast(municipality.id(), 2025, LocalDate.of(2024, 12, 10).plusDays(index),
						"Общественный совет района и НКО — участники встреч", "Администрация: " + municipality.name());
			}
			if (!DRAFT_2026.contains(key)) {
				this.plans.agreePast(municipality.id(), 2026, LocalDate.of(2025, 12, 8).plusDays(index),
						"Совет НКО района, " + (8 + index % 7) + " организаций",
						"Администрация: " + municipality.name());
			}
		}
	}

}
