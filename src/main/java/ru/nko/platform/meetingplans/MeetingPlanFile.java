package ru.nko.platform.meetingplans;

/** A plan's agreement file in the file storage: public, as the plan is. */
record MeetingPlanFile(String fileName, String contentType, String key) {
}
