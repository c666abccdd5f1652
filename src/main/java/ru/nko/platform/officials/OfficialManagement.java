package ru.nko.platform.officials;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may read of responsible officials: the public list's data only. */
@Service
public class OfficialManagement {

	private final ResponsibleOfficials officials;

	OfficialManagement(ResponsibleOfficials officials) {
		this.officials = officials;
	}

	/** The municipality's official appointed today, if any. */
	public Optional<CurrentOfficial> current(long municipalityId) {
		return this.officials.publicList()
			.stream()
			.filter(row -> row.municipality().id() == municipalityId && row.official() != null)
			.findFirst()
			.map(row -> new CurrentOfficial(row.official().fullName(), row.official().position(),
					row.official().actNumber(), row.official().actDate()));
	}

}
