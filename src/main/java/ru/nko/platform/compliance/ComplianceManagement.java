package ru.nko.platform.compliance;

import org.springframework.stereotype.Service;

/** What other modules may read of the compliance of working meetings with measure 1.5. */
@Service
public class ComplianceManagement {

	private final MeetingCompliance compliance;

	ComplianceManagement(MeetingCompliance compliance) {
		this.compliance = compliance;
	}

	/**
	 * Whether the municipality met the rule of measure 1.5 in a quarter, as the
	 * compliance matrix says: the name of the cell's status (message key
	 * {@code compliance.status.<name>}).
	 */
	public String quarterStatus(long municipalityId, int year, int quarter) {
		return this.compliance.matrix(year)
			.rows()
			.stream()
			.filter(row -> row.municipalityId() == municipalityId)
			.findFirst()
			.map(row -> row.quarters().get(quarter - 1).status().name())
			.orElse(ComplianceRules.QuarterStatus.NONE.name());
	}

}
