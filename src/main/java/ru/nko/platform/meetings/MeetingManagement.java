package ru.nko.platform.meetings;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

/** What other modules may read of meetings: public data only, no caller checked. */
@Service
public class MeetingManagement {

	private final Meetings meetings;

	private final MeetingCompliance compliance;

	MeetingManagement(Meetings meetings, MeetingCompliance compliance) {
		this.meetings = meetings;
		this.compliance = compliance;
	}

	/**
	 * Meetings that start on the days from–to (inclusive), all statuses, earliest first; {@code municipalityId} null
	 * for all municipalities and the region's own meetings.
	 */
	public List<MeetingSummary> between(Long municipalityId, LocalDate from, LocalDate to) {
		return this.meetings.between(municipalityId, from, to);
	}

	/**
	 * Whether the municipality met the rule of measure 1.5 in a quarter, as the compliance matrix says it: the name of
	 * the cell's status (message key {@code compliance.status.<name>}).
	 */
	public String quarterStatus(long municipalityId, int year, int quarter) {
		return this.compliance.matrix(year).rows().stream()
			.filter(row -> row.municipalityId() == municipalityId)
			.findFirst()
			.map(row -> row.quarters().get(quarter - 1).status().name())
			.orElse(ComplianceRules.QuarterStatus.NONE.name());
	}
}
