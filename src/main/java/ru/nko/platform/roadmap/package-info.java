/**
 * The roadmap: sections, measures with structured deadlines and executors, progress
 * reports, statuses, indicators and their providers, export; other modules feed it only
 * by implementing {@link ru.nko.platform.roadmap.IndicatorProvider} and publishing
 * {@link ru.nko.platform.roadmap.IndicatorInputsChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Дорожная карта",
		allowedDependencies = { "directory", "system", "shared :: *" })
package ru.nko.platform.roadmap;
