/** Periods people report by: quarters of a year. */
@org.springframework.modulith.NamedInterface("time")
package ru.nko.platform.shared.time;
