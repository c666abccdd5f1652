/**
 * Small shared pieces every module may use: Russian formatting, the import pipeline's table
 * reader, file storage with upload checks, and the one export service. Depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Общие средства", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.nko.platform.shared;
