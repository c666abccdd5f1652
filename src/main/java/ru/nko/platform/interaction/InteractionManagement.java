package ru.nko.platform.interaction;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/** The interaction module's public API for other modules and start-up data. */
@Service
public class InteractionManagement {

	private final ResponsibleOfficials officials;

	InteractionManagement(ResponsibleOfficials officials) {
		this.officials = officials;
	}

	/** Appoints a municipality's responsible official under an act (the caller's rights are checked as on the page). */
	public long appointOfficial(long municipalityId, String fullName, String position, String email, String phone, String actNumber,
			LocalDate actDate, LocalDate validFrom, String actFileName, byte[] act) {
		return this.officials.appoint(municipalityId, new ResponsibleOfficials.Form(fullName, position, email, phone, actNumber,
				actDate.toString(), validFrom.toString()), actFileName, act);
	}
}
