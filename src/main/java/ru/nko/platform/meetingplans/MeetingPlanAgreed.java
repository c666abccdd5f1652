package ru.nko.platform.meetingplans;

/**
 * A municipality's meeting plan of a year was just agreed (published inside the agreeing
 * transaction).
 */
public record MeetingPlanAgreed(long municipalityId, int year) {
}
