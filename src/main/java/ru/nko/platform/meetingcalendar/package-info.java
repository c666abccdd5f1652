/**
 * Meetings of NGOs with authorities as iCalendar files: a meeting's file (its page, the
 * API, letters) and a municipality's feed that calendar programs subscribe to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Календари встреч",
		allowedDependencies = { "meetings", "directory", "system", "shared :: *" })
package ru.nko.platform.meetingcalendar;
