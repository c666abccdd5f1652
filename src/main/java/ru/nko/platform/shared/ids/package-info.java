/** Russian identifiers with their check digits: INN, OGRN, KPP. */
@org.springframework.modulith.NamedInterface("ids")
package ru.nko.platform.shared.ids;
