package ru.nko.platform.registrations;

/**
 * The registration form as typed: the organisation, how many people come and, optionally,
 * their names.
 */
public record RegistrationForm(String organizationId, String participants, String participantNames) {
}
