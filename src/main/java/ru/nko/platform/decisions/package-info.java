/**
 * Decisions of meetings and their execution (measures 1.3, 1.5, 7.3, 7.4): owners, due
 * dates, links to problems and action-plan items, done or withdrawn, counted open,
 * overdue and done on time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Решения встреч",
		allowedDependencies = { "problems", "actionplans", "system", "scale", "shared :: *" })
package ru.nko.platform.decisions;
