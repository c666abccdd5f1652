/**
 * Reference data of a region and its NGOs: municipalities, bodies (authorities, civic
 * chambers, resource centres) and the public directory of organisations, edited by their
 * representatives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Справочники",
		allowedDependencies = { "system", "scale", "shared :: *" })
package ru.nko.platform.directory;
