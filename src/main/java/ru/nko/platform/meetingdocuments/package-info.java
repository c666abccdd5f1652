/**
 * Documents attached to meetings of NGOs with authorities: checked by content, public or
 * internal to the organisers, withdrawn rather than deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Документы встреч",
		allowedDependencies = { "system", "shared :: *" })
package ru.nko.platform.meetingdocuments;
