package ru.nko.platform.meetingplans;

import java.time.LocalDate;

/**
 * A municipality's meeting plan of a year and its agreement, as pages show it; the
 * agreement fields are null for a draft.
 */
public record MeetingPlanView(long id, MeetingPlanStatus status, LocalDate agreedOn, String agreedWith, String fileName,
		String agreedBy) {
}
