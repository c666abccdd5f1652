package ru.nko.platform.meetingplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.meetings.MeetingManagement;
import ru.nko.platform.meetings.MeetingRow;
import ru.nko.platform.meetings.MeetingStatus;
import ru.nko.platform.meetings.MeetingType;
import ru.nko.platform.system.NotFound;

/**
 * A municipality's year of meetings as its plan page shows it: the meetings by quarter
 * and the plan's agreement.
 */
@Service
class MeetingPlanQueries {

	private final MeetingPlans plans;

	private final MeetingManagement meetings;

	private final DirectoryManagement directory;

	private final Clock clock;

	MeetingPlanQueries(MeetingPlans plans, MeetingManagement meetings, DirectoryManagement directory, Clock clock) {
		this.plans = plans;
		this.meetings = meetings;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * One quarter of the year with its meetings; "missed" once it is over without a
	 * closed working meeting.
	 */
	record QuarterBlock(int quarter, List<MeetingRow> meetings, boolean past, boolean current, boolean held,
			boolean missed) {
	}

	/**
	 * A municipality's meetings of one year, by quarter, with the plan's agreement.
	 * {@code canManage}: the user plans meetings there; {@code canAgree}: the user may
	 * record the plan's agreement.
	 */
	record YearPlan(MunicipalityRef municipality, int year, MeetingPlanView plan, List<QuarterBlock> quarters,
			boolean canManage, boolean canAgree, boolean empty, long closed, long planned, long cancelled) {
	}

	@Transactional(readOnly = true)
	YearPlan year(long municipalityId, int year) {
		MunicipalityRef municipality = this.directory.municipality(municipalityId)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
		List<MeetingRow> rows = this.meetings.ofYear(municipalityId, year);
		LocalDate today = LocalDate.now(this.clock);
		List<QuarterBlock> quarters = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			int quarter = q;
			LocalDate first = LocalDate.of(year, (q - 1) * 3 + 1, 1);
			LocalDate last = first.plusMonths(3).minusDays(1);
			List<MeetingRow> inQuarter = rows.stream()
				.filter(r -> (r.startsAt().atZone(this.clock.getZone()).getMonthValue() - 1) / 3 + 1 == quarter)
				.toList();
			boolean held = inQuarter.stream()
				.anyMatch(r -> r.type() == MeetingType.WORKING && r.status() == MeetingStatus.CLOSED);
			boolean past = last.isBefore(today);
			quarters.add(new QuarterBlock(q, inQuarter, past, !first.isAfter(today) && !past, held, past && !held));
		}
		return new YearPlan(municipality, year, this.plans.view(municipalityId, year).orElse(null), quarters,
				this.meetings.canPlanIn(municipalityId), MeetingPlanAccess.mayAgree(municipalityId), rows.isEmpty(),
				rows.stream().filter(r -> r.status() == MeetingStatus.CLOSED).count(),
				rows.stream().filter(r -> r.status() == MeetingStatus.PLANNED).count(),
				rows.stream().filter(r -> r.status() == MeetingStatus.CANCELLED).count());
	}

}
