package ru.nko.platform.roadmap;

/**
 * How often a roadmap measure repeats: once, every quarter, every year, or continuously.
 */
public enum Recurrence {

	NONE, QUARTERLY, YEARLY, CONTINUOUS

}
