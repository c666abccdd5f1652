/**
 * Web infrastructure any part may use: the short cache of the pages guests see.
 */
@org.springframework.modulith.NamedInterface("web")
package ru.nko.platform.shared.web;
