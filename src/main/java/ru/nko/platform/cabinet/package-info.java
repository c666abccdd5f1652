/**
 * Each person's own workplace: the cabinet where their tasks from every module wait, most
 * urgent first, and the same list over the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Мой кабинет",
		allowedDependencies = { "system", "shared :: *" })
package ru.nko.platform.cabinet;
