package ru.nko.platform.roadmap;

/** The status an executor states in a progress report. */
public enum ReportStatus {

	IN_PROGRESS, DONE, AT_RISK

}
