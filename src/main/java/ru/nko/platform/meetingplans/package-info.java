/**
 * Yearly meeting plans of municipalities (measure 1.3): a municipality's year of meetings
 * by quarter, a draft from the first meeting planned in it, agreed with the participants,
 * with the signed file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Планы встреч на год",
		allowedDependencies = { "meetings", "directory", "system", "shared :: *" })
package ru.nko.platform.meetingplans;
