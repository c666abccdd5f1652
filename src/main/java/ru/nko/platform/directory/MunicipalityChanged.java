package ru.nko.platform.directory;

/** A municipality was added or edited (it may have been marked as no longer in force). */
public record MunicipalityChanged(long municipalityId) {
}
