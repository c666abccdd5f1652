/** Uploaded files: content and size checks, and storage behind an interface. */
@org.springframework.modulith.NamedInterface("files")
package ru.nko.platform.shared.files;
