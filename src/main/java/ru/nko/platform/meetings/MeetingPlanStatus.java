package ru.nko.platform.meetings;

/** A municipality's yearly plan of meetings (measure 1.3): a draft until agreed with the participants. */
public enum MeetingPlanStatus {
	DRAFT, AGREED
}
