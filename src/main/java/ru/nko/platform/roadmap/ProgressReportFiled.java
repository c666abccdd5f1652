package ru.nko.platform.roadmap;

/** An executor filed a progress report on a measure. */
public record ProgressReportFiled(long reportId, long measureId, String measureCode, Long bodyId) {
}
