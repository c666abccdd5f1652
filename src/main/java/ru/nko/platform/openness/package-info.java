/**
 * Information openness of NGOs (measures 2.1 and 2.2): a configurable checklist of criteria, documents
 * organisations publish as evidence, an evaluation of every organisation with advice, and the roadmap
 * indicators computed from it. Uses {@code directory}, {@code roadmap} (as an indicator provider),
 * {@code system} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Информационная открытость")
package ru.nko.platform.openness;
