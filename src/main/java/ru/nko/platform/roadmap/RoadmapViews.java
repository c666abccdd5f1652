package ru.nko.platform.roadmap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/** Read models of the roadmap pages and API. */
final class RoadmapViews {

	private RoadmapViews() {
	}

	record RoadmapSummary(long id, String title, String region, int baseYear, String sourceFileName,
			Instant importedAt) {
	}

	record RoadmapView(RoadmapSummary roadmap, List<SectionView> sections) {

		public int measureCount() {
			return this.sections.stream().mapToInt(section -> section.measures().size()).sum();
		}
	}

	record SectionView(long id, String code, String title, List<MeasureView> measures) {
	}

	record ExecutorView(long bodyId, String name, ExecutorRole role) {
	}

	record MeasureView(long id, long roadmapId, String sectionCode, String code, String parentCode, String title,
			String expectedResult, Deadline deadline, List<ExecutorView> executors, MeasureStatus status,
			boolean doneOnTime, List<ReportPeriod> missingPeriods, List<IndicatorView> indicators) {

		public boolean subMeasure() {
			return this.parentCode != null;
		}
	}

	/**
	 * An indicator as pages show it: {@code unit} is its provider's unit or the one typed
	 * for it; {@code targetText} and {@code actualText} are the numbers with their unit
	 * in the right form ("23 проблемы"), null when there is none.
	 */
	record IndicatorView(long id, long measureId, String measureCode, String name, String unit, BigDecimal target,
			Indicator.Direction direction, BigDecimal actual, boolean computed, Instant computedAt, String providerKey,
			String providerDescription, String enteredBy, String evidenceNote, Boolean achieved, String targetText,
			String actualText) {

		/**
		 * Whether a progress bar means something: there is a target and a value to set
		 * against it.
		 */
		public boolean measurable() {
			return this.target != null && this.actual != null;
		}

		/** How far the actual value is towards the target, 0–100, for a progress bar. */
		public int percentOfTarget() {
			if (this.actual == null || this.target == null || this.target.signum() == 0) {
				return 0;
			}
			if (this.direction == Indicator.Direction.AT_MOST) {
				return this.actual.compareTo(this.target) <= 0 ? 100 : 0;
			}
			return Math.max(0,
					Math.min(100,
							this.actual.multiply(BigDecimal.valueOf(100))
								.divide(this.target, 0, RoundingMode.HALF_UP)
								.intValue()));
		}
	}

	record ReportView(long id, ReportPeriod period, String text, ReportStatus status, String authorName,
			Instant createdAt, boolean withdrawn, Instant withdrawnAt, String withdrawnBy, String withdrawalReason,
			List<FileView> files, boolean withdrawable, boolean filesVisible) {
	}

	record FileView(int index, String fileName, String contentType, long sizeBytes) {
	}

	/** Counts of one group of measures (a section or an executor) for the dashboard. */
	record Progress(String key, String label, int total, int done, int doneOnTime, int inWork, int atRisk,
			int overdue) {

		public int percentDone() {
			return this.total == 0 ? 0 : Math.round(this.done * 100f / this.total);
		}

		public int percentInWork() {
			return this.total == 0 ? 0 : Math.round(this.inWork * 100f / this.total);
		}

		public int percentOverdue() {
			return this.total == 0 ? 0 : 100 - percentDone() - percentInWork();
		}
	}

	record Dashboard(RoadmapSummary roadmap, Progress total, List<Progress> bySection, List<Progress> byExecutor,
			List<IndicatorView> indicators) {
	}

}
