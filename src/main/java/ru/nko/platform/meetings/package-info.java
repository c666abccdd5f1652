/**
 * Meetings of NGOs with authorities (measures 1.3, 1.5, 7.3, 7.4): planning one or a
 * series, agenda, minutes, closing and cancelling, the list, the card and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Встречи НКО и органов власти", allowedDependencies = {
		"decisions", "registrations", "meetingdocuments", "directory", "system", "scale", "shared :: *" })
package ru.nko.platform.meetings;
