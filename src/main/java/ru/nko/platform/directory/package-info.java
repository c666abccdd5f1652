/**
 * Reference data of a region: municipalities, bodies (authorities, civic chambers, resource
 * centres) and organisations. Uses {@code system} and {@code roadmap} (as an indicator provider).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Справочники")
package ru.nko.platform.directory;
