package ru.nko.platform.roadmap;

/**
 * How often a roadmap measure repeats: once, every quarter, every year, or continuously.
 */
enum Recurrence {

	NONE, QUARTERLY, YEARLY, CONTINUOUS

}
