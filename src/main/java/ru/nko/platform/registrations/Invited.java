package ru.nko.platform.registrations;

/**
 * An invitation just made: its id (each invitation is an occasion of its own for the
 * mail) and the organisation.
 */
public record Invited(long invitationId, long organizationId) {
}
