/**
 * Responsible officials of municipalities for work with NGOs (measure 1.4): appointments
 * under an act with history, the public list, and the live indicator of municipalities
 * with a current appointee.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ответственные должностные лица",
		allowedDependencies = { "directory", "roadmap", "system", "shared :: *" })
package ru.nko.platform.officials;
