/**
 * Yearly meeting plans of municipalities (measure 1.3): a draft from the first meeting planned in a year, agreed with
 * the participants, with the signed file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Планы встреч на год",
		allowedDependencies = { "system", "shared :: *" })
package ru.nko.platform.meetingplans;
