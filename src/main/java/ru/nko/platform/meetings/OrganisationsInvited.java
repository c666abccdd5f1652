package ru.nko.platform.meetings;

import java.util.List;

import ru.nko.platform.registrations.Invited;

/**
 * Organisations were just invited to a planned meeting (published inside the inviting
 * transaction).
 */
public record OrganisationsInvited(long meetingId, List<Invited> invitations) {
}
