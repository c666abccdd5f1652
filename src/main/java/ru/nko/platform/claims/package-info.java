/**
 * Joining: a signed-in person claims to represent an organisation (or adds one the
 * directory lacks) with a document, and an administrator approves or rejects the claim.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Заявки на представительство НКО",
		allowedDependencies = { "directory", "system", "shared :: *" })
package ru.nko.platform.claims;
