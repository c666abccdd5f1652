package ru.nko.platform.registrations;

/** A registration just made, and its organisation. */
public record Registered(long registrationId, long organizationId) {
}
