package ru.nko.platform.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.Role;

/**
 * A municipality's quarterly report on its work with NGOs (issue point 8): problems, the action plan's progress,
 * meetings and their decisions, the responsible official, with the numbers that feed measures 1.1–1.5. For the
 * municipality's officers and administrators (it lists problems not yet published).
 */
@Service
class QuarterlyReports {

	private final DirectoryManagement directory;

	private final Problems problems;

	private final ActionPlans plans;

	private final Meetings meetings;

	private final MeetingCompliance compliance;

	private final ResponsibleOfficials officials;

	private final Clock clock;

	QuarterlyReports(DirectoryManagement directory, Problems problems, ActionPlans plans, Meetings meetings, MeetingCompliance compliance,
			ResponsibleOfficials officials, Clock clock) {
		this.directory = directory;
		this.problems = problems;
		this.plans = plans;
		this.meetings = meetings;
		this.compliance = compliance;
		this.officials = officials;
		this.clock = clock;
	}

	/** Problems in the report: the counts, those registered in the quarter, and those still open at its end. */
	record ProblemPart(Problems.Counts counts, List<Problems.Registered> registeredInQuarter, List<Problems.Registered> open) {
	}

	/** Meetings of the quarter and whether the quarter's working meeting requirement (1.5) is met. */
	record MeetingPart(List<Meetings.MeetingSummary> meetings, String quarterStatus, long decisionsOpen, long decisionsOverdue) {
	}

	/** The whole report. */
	record Report(MunicipalityRef municipality, int year, int quarter, LocalDate from, LocalDate to, ResponsibleOfficials.OfficialView official,
			ProblemPart problems, ActionPlans.Page plan, MeetingPart meetings, LocalDate generatedOn) {

		/** "III квартал 2026 года" is built by the caller from these; the Roman numeral here. */
		public String roman() {
			return new String[] { "I", "II", "III", "IV" }[this.quarter - 1];
		}
	}

	/** The quarter a report is asked for: this one by default, any of the last years or this one. */
	record Quarter(int year, int quarter) {
	}

	Quarter defaultQuarter() {
		LocalDate today = LocalDate.now(this.clock);
		return new Quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Report report(long municipalityId, int year, int quarter) {
		MunicipalityRef municipality = this.directory.municipality(municipalityId)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDenied("Войдите в систему"));
		if (!user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId)) {
			throw new AccessDenied("Квартальный отчёт видят специалисты своего муниципального образования и администраторы");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (quarter < 1 || quarter > 4 || year < 2020 || year > today.getYear()) {
			throw new InvalidInput("quarter", "Выберите квартал не позже текущего");
		}
		LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
		LocalDate to = from.plusMonths(3).minusDays(1);

		List<Problems.Registered> all = this.problems.ofMunicipality(municipalityId);
		List<Problems.Registered> inQuarter = all.stream().filter(p -> !p.registeredOn().isBefore(from) && !p.registeredOn().isAfter(to)).toList();
		List<Problems.Registered> open = all.stream()
			.filter(p -> !p.registeredOn().isAfter(to))
			.filter(p -> p.problem().status() != ProblemStatus.RESOLVED && p.problem().status() != ProblemStatus.REJECTED)
			.toList();
		Problems.Counts counts = this.problems.countsByMunicipality().getOrDefault(municipalityId, Problems.Counts.NONE);

		List<Meetings.MeetingSummary> meetings = this.meetings.between(municipalityId, from, to);
		MeetingPart meetingPart = new MeetingPart(meetings, quarterStatus(municipalityId, year, quarter),
				meetings.stream().mapToLong(Meetings.MeetingSummary::decisionsOpen).sum(),
				meetings.stream().mapToLong(Meetings.MeetingSummary::decisionsOverdue).sum());

		ResponsibleOfficials.OfficialView official = this.officials.publicList().stream()
			.filter(row -> row.municipality().id() == municipalityId)
			.findFirst()
			.map(ResponsibleOfficials.Row::official)
			.orElse(null);
		return new Report(municipality, year, quarter, from, to, official, new ProblemPart(counts, inQuarter, open),
				this.plans.page(municipalityId, year), meetingPart, today);
	}

	/** The quarter's cell of the compliance matrix: the one rule of 1.5 decides it. */
	private String quarterStatus(long municipalityId, int year, int quarter) {
		return this.compliance.matrix(year).rows().stream()
			.filter(row -> row.municipalityId() == municipalityId)
			.findFirst()
			.map(row -> row.quarters().get(quarter - 1).status().name())
			.orElse(ComplianceRules.QuarterStatus.NONE.name());
	}
}
