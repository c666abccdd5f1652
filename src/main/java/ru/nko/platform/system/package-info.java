/**
 * Platform infrastructure every module stands on: security, users and their roles with
 * scopes, the page layout, error handling, the audit trail, and loading each module's
 * demo data. Depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Система", allowedDependencies = { "shared :: *" })
package ru.nko.platform.system;
