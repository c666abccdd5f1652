/**
 * Meetings of NGOs with authorities (measures 1.3, 1.5, 7.3, 7.4): yearly meeting plans, meetings with agenda,
 * invitations, registrations, attendance, minutes and decisions, documents, calendars and e-mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Встречи НКО и органов власти",
		allowedDependencies = { "problems", "actionplans", "notifications", "directory", "system", "shared :: *" })
package ru.nko.platform.meetings;
