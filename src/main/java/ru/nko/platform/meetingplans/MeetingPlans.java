package ru.nko.platform.meetingplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.meetings.MeetingManagement;
import ru.nko.platform.meetings.MeetingPlanned;
import ru.nko.platform.meetings.MeetingRescheduled;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Duplicates;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.NotFound;

/**
 * Yearly meeting plans of municipalities (measure 1.3): a draft from the first meeting
 * planned in a year, agreed with the participants on a day, optionally with the signed
 * file. Who may agree is {@link MeetingPlanAccess}'s rule.
 */
@Service
class MeetingPlans {

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	private final MeetingPlanRepository plans;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final DirectoryManagement directory;

	private final MeetingManagement meetings;

	MeetingPlans(MeetingPlanRepository plans, UploadInspector inspector, FileStorage storage, Clock clock,
			ApplicationEventPublisher events, DirectoryManagement directory, MeetingManagement meetings) {
		this.directory = directory;
		this.meetings = meetings;
		this.plans = plans;
		this.events = events;
		this.inspector = inspector;
		this.storage = storage;
		this.clock = clock;
	}

	/**
	 * A year's plan exists (as a draft) once the municipality plans a meeting in that
	 * year.
	 */
	@Transactional
	MeetingPlan ensure(long municipalityId, int year) {
		return this.plans.findByMunicipalityIdAndYear(municipalityId, year)
			.orElseGet(() -> Duplicates.refused("meeting_plan_year_uq", null,
					"План встреч на " + year + " год только что начал другой пользователь — повторите действие",
					() -> this.plans.saveAndFlush(new MeetingPlan(municipalityId, year))));
	}

	/**
	 * The signed-in officer of the municipality (or an administrator) records that its
	 * plan of a year was agreed.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	void agreeBySignedIn(long municipalityId, MeetingPlanForm form, String fileName, byte[] file) {
		this.directory.municipality(municipalityId)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
		CurrentUser user = MeetingPlanAccess.requireAgreer(municipalityId);
		agree(municipalityId, form, fileName, file, user.fullName());
	}

	private void agree(long municipalityId, MeetingPlanForm form, String fileName, byte[] file, String byName) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		Long year = ListFilters.id(form.year());
		if (year == null || year < 2000 || year > 2100) {
			errors.add(null, "Укажите год плана");
		}
		LocalDate on = ListFilters.date(form.agreedOn());
		if (on == null) {
			errors.add("agreedOn", "Укажите дату согласования, например 20.12.2025");
		}
		String with = errors.optional(form.agreedWith(), "agreedWith", "С кем согласован", MeetingPlan.MAX_AGREED_WITH);
		UploadInspector.Inspected inspected = null;
		if (file != null && file.length > 0) {
			try {
				inspected = this.inspector.inspect(fileName, file, UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add("planFile", rejected.getMessage());
			}
		}
		errors.throwIfAny();
		MeetingPlan plan = ensure(municipalityId, year.intValue());
		LocalDate today = LocalDate.now(this.clock);
		// checked first without the file, so that a refused agreement stores nothing
		plan.agree(on, with, null, null, null, null, byName, this.clock.instant(), today);
		if (inspected != null) {
			plan.agree(on, with, inspected.fileName(), inspected.contentType(), inspected.size(),
					this.storage.store("meeting-plans", file), byName, this.clock.instant(), today);
		}
		this.events.publishEvent(new MeetingPlanAgreed(municipalityId, year.intValue()));
	}

	/**
	 * A meeting planned in a municipality starts (or keeps) that year's plan, in the
	 * planning transaction.
	 */
	@EventListener
	void on(MeetingPlanned event) {
		if (event.municipalityId() != null) {
			ensure(event.municipalityId(), event.startsAt().atZone(this.clock.getZone()).getYear());
		}
	}

	/** A meeting moved into another year starts that year's plan too. */
	@EventListener
	void on(MeetingRescheduled event) {
		this.meetings.letter(event.meetingId())
			.filter(m -> m.municipalityId() != null)
			.ifPresent(m -> ensure(m.municipalityId(), m.startsAt().atZone(this.clock.getZone()).getYear()));
	}

	/** Records a year's plan as agreed as it was: start-up and demo data. */
	@Transactional
	void agreePast(long municipalityId, int year, LocalDate agreedOn, String agreedWith, String agreedBy) {
		MeetingPlan plan = this.plans.findByMunicipalityIdAndYear(municipalityId, year)
			.orElseGet(() -> this.plans.save(new MeetingPlan(municipalityId, year)));
		plan.agree(agreedOn, agreedWith, null, null, null, null, agreedBy,
				agreedOn.atStartOfDay(this.clock.getZone()).toInstant(), LocalDate.now(this.clock));
	}

	@Transactional(readOnly = true)
	Optional<MeetingPlanView> view(long municipalityId, int year) {
		return this.plans.findByMunicipalityIdAndYear(municipalityId, year)
			.map(p -> new MeetingPlanView(p.getId(), p.getStatus(), p.getAgreedOn(), p.getAgreedWith(), p.getFileName(),
					p.getAgreedBy()));
	}

	@Transactional(readOnly = true)
	Map<Long, MeetingPlanStatus> statuses(int year) {
		return this.plans.findByYear(year)
			.stream()
			.collect(Collectors.toMap(MeetingPlan::getMunicipalityId, MeetingPlan::getStatus));
	}

	@Transactional(readOnly = true)
	MeetingPlanFile file(long planId) {
		MeetingPlan plan = this.plans.findById(planId)
			.filter(p -> p.getFileKey() != null)
			.orElseThrow(() -> new NotFound("Файл согласования не найден"));
		return new MeetingPlanFile(plan.getFileName(), plan.getFileType(), plan.getFileKey());
	}

}
