/** Russian formatting of dates, numbers and plurals. */
@org.springframework.modulith.NamedInterface("text")
package ru.nko.platform.shared.text;
