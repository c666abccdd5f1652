/**
 * Information openness of NGOs (measures 2.1 and 2.2): a configurable checklist of
 * criteria, documents organisations publish as evidence, an evaluation of every
 * organisation with advice, and the live indicators computed from it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Информационная открытость",
		allowedDependencies = { "directory", "roadmap", "system", "scale", "shared :: *" })
package ru.nko.platform.openness;
