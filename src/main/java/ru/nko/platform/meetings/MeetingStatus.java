package ru.nko.platform.meetings;

/**
 * Where a meeting is in its life: planned, held (attendance recorded), closed (minutes
 * present — the only state that counts as held for compliance), or cancelled with a
 * reason (kept, never deleted).
 */
public enum MeetingStatus {

	PLANNED, HELD, CLOSED, CANCELLED

}
