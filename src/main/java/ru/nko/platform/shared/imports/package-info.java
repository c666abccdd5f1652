/**
 * The import pipeline's reading side: tables from TSV, CSV, XLSX and DOCX, problems with
 * line and column, background jobs with progress.
 */
@org.springframework.modulith.NamedInterface("imports")
package ru.nko.platform.shared.imports;
