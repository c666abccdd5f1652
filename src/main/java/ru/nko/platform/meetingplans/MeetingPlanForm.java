package ru.nko.platform.meetingplans;

/**
 * The agreement of a year's meeting plan as typed: the year, the day it was agreed, with
 * whom.
 */
record MeetingPlanForm(String year, String agreedOn, String agreedWith) {
}
