/**
 * Reference data of a region and its NGOs: municipalities, bodies (authorities, civic
 * chambers, resource centres), the public directory of organisations with registration
 * and representation claims.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Справочники",
		allowedDependencies = { "system", "shared :: *" })
package ru.nko.platform.directory;
