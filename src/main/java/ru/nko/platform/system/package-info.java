/**
 * Platform infrastructure every business module stands on (and none it depends on):
 * security, users with roles and scopes, layout, errors, audit, and loading demo data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Система",
		allowedDependencies = { "shared :: *", "pagecache" })
package ru.nko.platform.system;
