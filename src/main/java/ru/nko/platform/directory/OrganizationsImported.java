package ru.nko.platform.directory;

/**
 * A registry of organisations was loaded: one event for the whole file, however many
 * organisations it created or updated (their statuses, websites or social pages may
 * differ now).
 */
public record OrganizationsImported(int created, int updated) {
}
