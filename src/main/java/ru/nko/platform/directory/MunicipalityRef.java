package ru.nko.platform.directory;

/** What other modules know of a municipality. */
public record MunicipalityRef(long id, String name, boolean active) {
}
