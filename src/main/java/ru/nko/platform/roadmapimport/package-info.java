/**
 * The roadmap import: reads a roadmap table (TXT, CSV, XLSX, DOCX), previews it with
 * every problem, and writes it all or nothing through the roadmap's API in a background
 * job.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Загрузка дорожной карты",
		allowedDependencies = { "roadmap", "directory", "system", "shared :: *" })
package ru.nko.platform.roadmapimport;
