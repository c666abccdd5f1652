package ru.nko.platform.meetings;

/**
 * An organisation was just registered for a meeting (published inside the registering
 * transaction).
 */
public record OrganisationRegistered(long meetingId, long registrationId, long organizationId) {
}
