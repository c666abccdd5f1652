/**
 * The administrator's upkeep of the roadmap's plan: the import reads a roadmap table
 * (TXT, CSV, XLSX, DOCX), previews it with every problem, and writes it all or nothing
 * through the roadmap's API in a background job; between imports a measure's deadline
 * (read by the same deadline parser) and executors are amended by hand, with the basis of
 * the change, at {@code /admin/measures/{id}}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Загрузка дорожной карты",
		allowedDependencies = { "roadmap", "directory", "system", "scale", "shared :: *" })
package ru.nko.platform.roadmapimport;
