package ru.nko.platform.directory;

/** The legal kind of a municipal unit. */
enum MunicipalityKind {

	MUNICIPAL_DISTRICT, MUNICIPAL_OKRUG, URBAN_OKRUG

}
