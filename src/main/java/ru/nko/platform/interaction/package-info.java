/**
 * Municipalities and NGOs working together (measures 1.1–1.5, 7.3, 7.4): responsible officials so far;
 * problems, action plans and meetings follow. Uses {@code directory}, {@code roadmap} (as an indicator
 * provider), {@code system} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Взаимодействие НКО и ОМСУ")
package ru.nko.platform.interaction;
