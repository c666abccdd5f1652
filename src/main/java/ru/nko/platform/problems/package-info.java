/**
 * Problems NGOs face in a municipality (measure 1.1): recorded, moderated, joined by
 * other organisations, published once accepted, with editable categories and the live
 * indicators of registered, planned and resolved problems.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Проблемы НКО",
		allowedDependencies = { "directory", "roadmap", "system", "scale", "shared :: *" })
package ru.nko.platform.problems;
