/**
 * Exports: spreadsheets safe against formulas, printable PDF documents, and file
 * downloads.
 */
@org.springframework.modulith.NamedInterface("export")
package ru.nko.platform.shared.export;
