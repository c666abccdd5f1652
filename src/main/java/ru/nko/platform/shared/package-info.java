/**
 * Small pieces every module may use through named interfaces: Russian formatting,
 * identifiers, quarters, table reading for imports, file storage with upload checks, and
 * exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Общие средства", allowedDependencies = {})
package ru.nko.platform.shared;
