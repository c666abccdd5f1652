package ru.nko.platform.directory;

/**
 * The socially oriented activities of art. 31.1 of the federal NGO law, grouped as the
 * region reports them.
 */
public enum ActivityArea {

	SOCIAL_SUPPORT, DISASTER_RELIEF, ENVIRONMENT, HERITAGE, LEGAL_AID, PREVENTION, CHARITY, EDUCATION, CULTURE, HEALTH,
	SPORT, PATRIOTIC, CIVIC, INTERETHNIC, YOUTH, FAMILY, SENIORS, DISABILITY, VETERANS, TOURISM, ANTI_CORRUPTION, OTHER

}
