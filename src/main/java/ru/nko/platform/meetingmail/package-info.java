/**
 * E-mail to the organisations a meeting concerns: invitations, registration
 * confirmations, changes of time or place, cancellations and reminders, each with the
 * meeting's calendar file, queued in the meeting's own transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Письма о встречах", allowedDependencies = { "meetings",
		"meetingcalendar", "registrations", "notifications", "directory", "system", "shared :: *" })
package ru.nko.platform.meetingmail;
