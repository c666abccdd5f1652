/**
 * Municipal action plans (measure 1.2): a plan a year per municipality whose items take
 * accepted problems into work and resolve them, approval by an act, progress notes, PDF
 * and XLSX, and the live indicator of approved plans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Планы мероприятий МО",
		allowedDependencies = { "problems", "directory", "roadmap", "system", "shared :: *" })
package ru.nko.platform.actionplans;
