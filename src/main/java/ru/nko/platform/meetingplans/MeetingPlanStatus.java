package ru.nko.platform.meetingplans;

/**
 * A municipality's yearly plan of meetings (measure 1.3): a draft until agreed with the
 * participants.
 */
public enum MeetingPlanStatus {

	DRAFT, AGREED

}
