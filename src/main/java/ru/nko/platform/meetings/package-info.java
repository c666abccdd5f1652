/**
 * Meetings of NGOs with authorities (measures 1.3, 1.5, 7.3, 7.4): yearly meeting plans,
 * meetings with agenda, invitations, registrations, attendance, minutes, documents and
 * calendars; their decisions are kept by {@code decisions}, who takes part by
 * {@code registrations}; {@code meetingmail} writes to the organisations concerned.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Встречи НКО и органов власти", allowedDependencies = {
		"decisions", "registrations", "meetingdocuments", "directory", "system", "shared :: *" })
package ru.nko.platform.meetings;
