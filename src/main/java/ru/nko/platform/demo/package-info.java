/**
 * Demo data for the default {@code demo} profile: demo accounts for every role, organisations, the
 * Leningrad Oblast roadmap with a realistic history of reports. Never active in {@code prod}.
 * Uses the public APIs of {@code system}, {@code directory}, {@code roadmap}, {@code openness} and {@code interaction}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Демонстрационные данные")
package ru.nko.platform.demo;
