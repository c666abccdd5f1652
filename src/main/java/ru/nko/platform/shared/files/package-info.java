/**
 * Uploaded files: content and size checks, size limits per address, and storage behind an
 * interface.
 */
@org.springframework.modulith.NamedInterface("files")
package ru.nko.platform.shared.files;
