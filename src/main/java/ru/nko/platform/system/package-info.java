/**
 * Platform infrastructure every module stands on: security, users and their roles with scopes,
 * the page layout, error handling and the audit trail. Depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Система")
package ru.nko.platform.system;
