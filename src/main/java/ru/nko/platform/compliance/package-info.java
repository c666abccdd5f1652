/**
 * Whether municipalities keep to their meetings (measures 1.3, 1.5, 7.3, 7.4): the
 * quarterly compliance matrix of working meetings, its export and API, and the live
 * indicators computed from the meetings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Соблюдение графика встреч", allowedDependencies = {
		"meetings", "meetingplans", "decisions", "directory", "roadmap", "system", "shared :: *" })
package ru.nko.platform.compliance;
