package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything known about an organisation, as one value: what forms, imports and demo data
 * give the directory and what the directory gives back to its representatives and
 * administrators. {@code contactPerson}, {@code contactEmail} and {@code contactPhone}
 * are private; the rest is public.
 */
public record OrganizationData(String name, String shortName, String legalForm, String inn, String ogrn, String kpp,
		LocalDate registrationDate, String address, Long municipalityId, boolean socialOriented,
		LocalDate socialOrientedSince, boolean iopu, LocalDate iopuSince, boolean resourceCenter,
		boolean supportParticipant, String website, String publicEmail, String publicPhone, String headName,
		String headPosition, String description, String contactPerson, String contactEmail, String contactPhone,
		Set<ActivityArea> activityAreas, List<SocialPageLink> socialPages) {

	public OrganizationData {
		activityAreas = activityAreas == null ? Set.of() : Set.copyOf(activityAreas);
		socialPages = socialPages == null ? List.of() : List.copyOf(socialPages);
	}

	/** A public page or group in a social network. */
	public record SocialPageLink(SocialNetwork network, String url) {
	}
}
