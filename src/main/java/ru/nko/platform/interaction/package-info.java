/**
 * Municipalities and NGOs working together (measures 1.1–1.5, 7.3, 7.4): problems of NGOs with their moderation
 * and supporters, municipal action plans that resolve them, responsible officials, meeting plans and meetings
 * with minutes and decisions, the quarterly compliance matrix, quarterly reports of a municipality, and the live
 * indicators of those measures. Uses {@code directory}, {@code roadmap} (as an indicator provider),
 * {@code notifications}, {@code system} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Взаимодействие НКО и ОМСУ")
package ru.nko.platform.interaction;
