/**
 * The administrator's import of a registry of organisations (CSV or XLSX): every row
 * checked, a preview, then all or nothing or the valid rows only, saved through the
 * directory with progress.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Загрузка реестра организаций",
		allowedDependencies = { "directory", "system", "shared :: *" })
package ru.nko.platform.organizationimport;
