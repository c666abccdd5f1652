package ru.nko.platform.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.roadmap.RoadmapViews.FileView;
import ru.nko.platform.roadmap.RoadmapViews.ReportView;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.Role;

/** Filing, listing and withdrawing progress reports on measures, with evidence files. */
@Service
class ProgressReportService {

	static final int MAX_FILES = 5;

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	static final int MAX_TEXT = 10_000;

	private final MeasureRepository measures;

	private final RoadmapRepository roadmaps;

	private final ProgressReportRepository reports;

	private final RoadmapAccess access;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgressReportService(MeasureRepository measures, RoadmapRepository roadmaps, ProgressReportRepository reports,
			RoadmapAccess access, UploadInspector inspector, FileStorage storage, ApplicationEventPublisher events,
			Clock clock) {
		this.measures = measures;
		this.roadmaps = roadmaps;
		this.reports = reports;
		this.access = access;
		this.inspector = inspector;
		this.storage = storage;
		this.events = events;
		this.clock = clock;
	}

	/** A file as uploaded, before it is checked. */
	record Upload(String fileName, byte[] content) {
	}

	/** The report form. */
	record ReportForm(String period, String text, ReportStatus status) {
	}

	/** Whether the signed-in user may report on the measure (for showing the form). */
	@Transactional(readOnly = true)
	public boolean canReport(long measureId) {
		return CurrentUser.get().map(user -> this.access.canReport(user, loadMeasure(measureId))).orElse(false);
	}

	/**
	 * Whether the signed-in user may enter the measure's indicator values (for showing
	 * the form).
	 */
	@Transactional(readOnly = true)
	public boolean canEnterIndicators(long measureId) {
		return CurrentUser.get().map(user -> this.access.canEnterIndicator(user, loadMeasure(measureId))).orElse(false);
	}

	/** The periods the form offers, newest first. */
	@Transactional(readOnly = true)
	public List<ReportPeriod> periods(long measureId) {
		Measure measure = loadMeasure(measureId);
		int baseYear = this.roadmaps.findById(measure.getRoadmapId())
			.map(Roadmap::getBaseYear)
			.orElse(LocalDate.now(this.clock).getYear());
		return StatusRules.reportablePeriods(measure.deadline(), baseYear, LocalDate.now(this.clock));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long file(long measureId, ReportForm form, List<Upload> uploads) {
		CurrentUser user = CurrentUser.required();
		Measure measure = loadMeasure(measureId);
		this.access.checkCanReport(user, measure);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		ReportPeriod period = null;
		List<ReportPeriod> allowed = periods(measureId);
		try {
			period = form.period() == null || form.period().isBlank() ? null : ReportPeriod.parse(form.period());
		}
		catch (RuntimeException ex) {
			period = null;
		}
		if (period == null || !allowed.contains(period)) {
			errors.add("period", "Выберите отчётный период из списка");
		}
		String text = errors.required(form.text(), "text", "Что сделано", "Опишите, что сделано за период", MAX_TEXT);
		if (form.status() == null) {
			errors.add("status", "Выберите состояние исполнения");
		}
		List<Upload> files = uploads.stream()
			.filter(upload -> upload.content().length > 0 || !upload.fileName().isBlank())
			.toList();
		if (files.size() > MAX_FILES) {
			errors.add("files", "Можно приложить не больше " + MAX_FILES + " файлов");
		}
		List<UploadInspector.Inspected> inspected = new ArrayList<>();
		for (Upload upload : files) {
			try {
				inspected.add(this.inspector.inspect(upload.fileName(), upload.content(),
						UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES));
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add("files", rejected.getMessage());
			}
		}
		errors.throwIfAny();
		List<ProgressReport.EvidenceFile> evidence = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			UploadInspector.Inspected file = inspected.get(i);
			String key = this.storage.store("evidence", files.get(i).content());
			evidence.add(new ProgressReport.EvidenceFile(file.fileName(), file.contentType(), file.size(), key,
					file.sha256()));
		}
		Long municipalityId = user.scopeIds(Role.MUNICIPAL_OFFICER).stream().findFirst().orElse(null);
		ProgressReport report = this.reports
			.save(new ProgressReport(measureId, period, text, form.status(), user.id(), user.fullName(),
					this.access.bodyFor(user, measure).orElse(null), municipalityId, this.clock.instant(), evidence));
		this.events
			.publishEvent(new ProgressReportFiled(report.getId(), measureId, measure.getCode(), report.getBodyId()));
		this.events.publishEvent(RoadmapIndicatorProviders.CHANGED);
		return report.getId();
	}

	/** The measure's reports, newest first, withdrawn ones included and marked. */
	@Transactional(readOnly = true)
	public List<ReportView> history(long measureId) {
		Measure measure = loadMeasure(measureId);
		CurrentUser user = CurrentUser.get().orElse(null);
		boolean reporter = user != null && this.access.canReport(user, measure);
		return this.reports.findByMeasureIdOrderByCreatedAtDesc(measureId).stream().map(report -> {
			List<FileView> files = new ArrayList<>();
			for (int i = 0; i < report.getFiles().size(); i++) {
				ProgressReport.EvidenceFile file = report.getFiles().get(i);
				files.add(new FileView(i, file.getFileName(), file.getContentType(), file.getSizeBytes()));
			}
			boolean withdrawable = !report.isWithdrawn() && user != null
					&& this.access.canWithdraw(user, report, reporter);
			boolean filesVisible = user != null && this.access.canSeeEvidence(user, measure, report);
			return new ReportView(report.getId(), report.period(), report.getText(), report.getStatus(),
					report.getAuthorName(), report.getCreatedAt(), report.isWithdrawn(), report.getWithdrawnAt(),
					report.getWithdrawnBy(), report.getWithdrawalReason(), files, withdrawable, filesVisible);
		}).toList();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdraw(long reportId, String reason) {
		CurrentUser user = CurrentUser.required();
		ProgressReport report = loadReport(reportId);
		Measure measure = loadMeasure(report.getMeasureId());
		this.access.checkCanWithdraw(user, measure, report);
		if (report.isWithdrawn()) {
			throw new InvalidInput("reason", "Отчёт уже отозван");
		}
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String text = errors.required(reason, "reason", "Причина отзыва", "Укажите, почему отчёт отзывается",
				ProgressReport.WITHDRAWAL_REASON_MAX);
		errors.throwIfAny();
		report.withdraw(user.fullName(), text, this.clock.instant());
		this.events.publishEvent(RoadmapIndicatorProviders.CHANGED);
	}

	/** An evidence file, for the measure's executors and administrators only. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Evidence evidence(long reportId, int index) {
		CurrentUser user = CurrentUser.required();
		ProgressReport report = loadReport(reportId);
		Measure measure = loadMeasure(report.getMeasureId());
		this.access.checkCanSeeEvidence(user, measure, report);
		if (index < 0 || index >= report.getFiles().size()) {
			throw new NotFound("Файл не найден");
		}
		ProgressReport.EvidenceFile file = report.getFiles().get(index);
		return new Evidence(file.getFileName(), file.getContentType(), this.storage.read(file.getStorageKey()));
	}

	/** A file to send back. */
	record Evidence(String fileName, String contentType, byte[] content) {
	}

	private Measure loadMeasure(long id) {
		return this.measures.findWithExecutorsById(id)
			.filter(measure -> !measure.isWithdrawn())
			.orElseThrow(() -> new NotFound("Мероприятие не найдено"));
	}

	private ProgressReport loadReport(long id) {
		return this.reports.findById(id).orElseThrow(() -> new NotFound("Отчёт не найден"));
	}

}
