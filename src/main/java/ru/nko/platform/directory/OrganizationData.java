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

	/**
	 * The longest texts the directory stores for an organisation (migrations V2 and V8):
	 * forms and imports refuse longer ones first.
	 */
	public static final int NAME_MAX = 500;

	public static final int SHORT_NAME_MAX = 200;

	public static final int LEGAL_FORM_MAX = 100;

	public static final int ADDRESS_MAX = 500;

	/** The website and every social-network page. */
	public static final int LINK_MAX = 300;

	public static final int EMAIL_MAX = 200;

	public static final int PHONE_MAX = 50;

	/** The head's name and position, the contact person. */
	public static final int PERSON_MAX = 200;

	/** The column is unbounded text; the card keeps descriptions readable. */
	public static final int DESCRIPTION_MAX = 5000;

	public OrganizationData {
		activityAreas = activityAreas == null ? Set.of() : Set.copyOf(activityAreas);
		socialPages = socialPages == null ? List.of() : List.copyOf(socialPages);
	}

	/** A public page or group in a social network. */
	public record SocialPageLink(SocialNetwork network, String url) {
	}
}
