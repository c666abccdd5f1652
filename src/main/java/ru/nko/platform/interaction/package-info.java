/**
 * The starting page of municipalities' and NGOs' work together and a municipality's
 * quarterly report, read from {@code problems}, {@code actionplans}, {@code officials},
 * {@code meetings} and {@code compliance}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Взаимодействие НКО и ОМСУ", allowedDependencies = {
		"problems", "actionplans", "officials", "meetings", "compliance", "directory", "system", "shared :: *" })
package ru.nko.platform.interaction;
