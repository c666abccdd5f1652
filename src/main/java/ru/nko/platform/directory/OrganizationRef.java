package ru.nko.platform.directory;

/** What other modules know of an organisation. */
public record OrganizationRef(long id, String name, String inn, Long municipalityId) {
}
