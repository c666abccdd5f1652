package ru.nko.platform.meetings;

/**
 * Working meetings (1.5) of a municipality in a quarter: closed with minutes, held
 * without them yet, still planned.
 */
public record MeetingQuarterCount(long municipalityId, int quarter, int closed, int heldWithoutMinutes, int planned) {
}
