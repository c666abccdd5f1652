package ru.nko.platform.roadmap;

/**
 * Where a measure stands; overdue follows from the deadline and the clock, the others
 * from reports.
 */
enum MeasureStatus {

	PLANNED, IN_PROGRESS, DONE, OVERDUE, AT_RISK

}
