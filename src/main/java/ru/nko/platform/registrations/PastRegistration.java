package ru.nko.platform.registrations;

/** A registration of an organisation for a past meeting (start-up and demo data). */
public record PastRegistration(long organizationId, int participants, String registeredBy) {
}
