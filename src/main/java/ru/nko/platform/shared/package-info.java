/**
 * Small pieces every module may use, each a named interface: Russian formatting,
 * identifiers, the import pipeline's table reading, file storage with upload checks, and
 * the one export service. Depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Общие средства", allowedDependencies = {})
package ru.nko.platform.shared;
