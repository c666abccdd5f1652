package ru.nko.platform.interaction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.actionplans.ActionPlanManagement;
import ru.nko.platform.actionplans.ActionPlanSummary;
import ru.nko.platform.compliance.ComplianceManagement;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.meetings.MeetingManagement;
import ru.nko.platform.meetings.MeetingSummary;
import ru.nko.platform.officials.CurrentOfficial;
import ru.nko.platform.officials.OfficialManagement;
import ru.nko.platform.problems.ProblemCounts;
import ru.nko.platform.problems.ProblemManagement;
import ru.nko.platform.problems.ProblemStatus;
import ru.nko.platform.problems.RegisteredProblem;
import ru.nko.platform.shared.time.Quarter;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * A municipality's quarterly report on its work with NGOs (issue point 8): problems, the
 * action plan's progress, meetings and their decisions, the responsible official, with
 * the numbers that feed measures 1.1–1.5. For the municipality's officers and
 * administrators (it lists problems not yet published).
 */
@Service
class QuarterlyReports {

	private final DirectoryManagement directory;

	private final ProblemManagement problems;

	private final ActionPlanManagement plans;

	private final MeetingManagement meetings;

	private final OfficialManagement officials;

	private final ComplianceManagement compliance;

	private final Clock clock;

	QuarterlyReports(DirectoryManagement directory, ProblemManagement problems, ActionPlanManagement plans,
			MeetingManagement meetings, OfficialManagement officials, ComplianceManagement compliance, Clock clock) {
		this.compliance = compliance;
		this.directory = directory;
		this.problems = problems;
		this.plans = plans;
		this.meetings = meetings;
		this.officials = officials;
		this.clock = clock;
	}

	/**
	 * Problems in the report: the counts, those registered in the quarter, and those
	 * still open at its end.
	 */
	record ProblemPart(ProblemCounts counts, List<RegisteredProblem> registeredInQuarter,
			List<RegisteredProblem> open) {
	}

	/**
	 * Meetings of the quarter and whether the quarter's working meeting requirement (1.5)
	 * is met.
	 */
	record MeetingPart(List<MeetingSummary> meetings, String quarterStatus, long decisionsOpen, long decisionsOverdue) {
	}

	/**
	 * The whole report; {@code official} and {@code plan} are null when there is none.
	 */
	record Report(MunicipalityRef municipality, int year, int quarter, LocalDate from, LocalDate to,
			CurrentOfficial official, ProblemPart problems, ActionPlanSummary plan, MeetingPart meetings,
			LocalDate generatedOn) {

		/**
		 * "III квартал 2026 года" is built by the caller from these; the Roman numeral
		 * here.
		 */
		public String roman() {
			return new Quarter(this.year, this.quarter).roman();
		}
	}

	/** The quarter a report is asked for by default: this one. */
	Quarter defaultQuarter() {
		return Quarter.of(LocalDate.now(this.clock));
	}

	/**
	 * The municipalities whose quarterly reports the signed-in user sees: officers their
	 * own, administrators every one, guests none.
	 */
	List<MunicipalityRef> reportMunicipalities() {
		return this.directory.municipalities()
			.stream()
			.filter(municipality -> InteractionAccess.maySeeReport(municipality.id()))
			.toList();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Report report(long municipalityId, int year, int quarter) {
		MunicipalityRef municipality = this.directory.municipality(municipalityId)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
		InteractionAccess.checkReport(municipalityId);
		LocalDate today = LocalDate.now(this.clock);
		if (quarter < 1 || quarter > 4 || year < 2020 || year > today.getYear()) {
			throw new InvalidInput("quarter", "Выберите квартал не позже текущего");
		}
		LocalDate from = new Quarter(year, quarter).firstDay();
		LocalDate to = new Quarter(year, quarter).lastDay();

		List<RegisteredProblem> all = this.problems.ofMunicipality(municipalityId);
		List<RegisteredProblem> inQuarter = all.stream()
			.filter(p -> !p.registeredOn().isBefore(from) && !p.registeredOn().isAfter(to))
			.toList();
		List<RegisteredProblem> open = all.stream()
			.filter(p -> !p.registeredOn().isAfter(to))
			.filter(p -> p.problem().status() != ProblemStatus.RESOLVED
					&& p.problem().status() != ProblemStatus.REJECTED)
			.toList();
		ProblemCounts counts = this.problems.countsByMunicipality().getOrDefault(municipalityId, ProblemCounts.NONE);

		List<MeetingSummary> meetings = this.meetings.between(municipalityId, from, to);
		MeetingPart meetingPart = new MeetingPart(meetings,
				this.compliance.quarterStatus(municipalityId, year, quarter),
				meetings.stream().mapToLong(MeetingSummary::decisionsOpen).sum(),
				meetings.stream().mapToLong(MeetingSummary::decisionsOverdue).sum());

		return new Report(municipality, year, quarter, from, to, this.officials.current(municipalityId).orElse(null),
				new ProblemPart(counts, inQuarter, open), this.plans.summary(municipalityId, year).orElse(null),
				meetingPart, today);
	}

}
