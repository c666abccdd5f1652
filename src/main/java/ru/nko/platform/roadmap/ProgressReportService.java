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
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput.FieldError;
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

	private final ReportingRights rights;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgressReportService(MeasureRepository measures, RoadmapRepository roadmaps, ProgressReportRepository reports,
			ReportingRights rights, UploadInspector inspector, FileStorage storage, ApplicationEventPublisher events,
			Clock clock) {
		this.measures = measures;
		this.roadmaps = roadmaps;
		this.reports = reports;
		this.rights = rights;
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
		return CurrentUser.get().map(user -> this.rights.canReport(user, loadMeasure(measureId))).orElse(false);
	}

	/**
	 * Whether the signed-in user may enter the measure's indicator values (for showing
	 * the form).
	 */
	@Transactional(readOnly = true)
	public boolean canEnterIndicators(long measureId) {
		return CurrentUser.get().map(user -> this.rights.canEnterIndicator(user, loadMeasure(measureId))).orElse(false);
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
		this.rights.checkCanReport(user, measure);
		List<FieldError> errors = new ArrayList<>();
		ReportPeriod period = null;
		List<ReportPeriod> allowed = periods(measureId);
		try {
			period = form.period() == null || form.period().isBlank() ? null : ReportPeriod.parse(form.period());
		}
		catch (RuntimeException ex) {
			period = null;
		}
		if (period == null || !allowed.contains(period)) {
			errors.add(new FieldError("period", "Выберите отчётный период из списка"));
		}
		String text = form.text() == null ? "" : form.text().strip();
		if (text.isEmpty()) {
			errors.add(new FieldError("text", "Опишите, что сделано за период"));
		}
		else if (text.length() > MAX_TEXT) {
			errors.add(new FieldError("text",
					"Текст отчёта длиннее " + MAX_TEXT + " знаков — сократите его или приложите файлом"));
		}
		if (form.status() == null) {
			errors.add(new FieldError("status", "Выберите состояние исполнения"));
		}
		List<Upload> files = uploads.stream()
			.filter(upload -> upload.content().length > 0 || !upload.fileName().isBlank())
			.toList();
		if (files.size() > MAX_FILES) {
			errors.add(new FieldError("files", "Можно приложить не больше " + MAX_FILES + " файлов"));
		}
		List<UploadInspector.Inspected> inspected = new ArrayList<>();
		for (Upload upload : files) {
			try {
				inspected.add(this.inspector.inspect(upload.fileName(), upload.content(),
						UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES));
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add(new FieldError("files", rejected.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
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
					this.rights.bodyFor(user, measure).orElse(null), municipalityId, this.clock.instant(), evidence));
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
		boolean reporter = user != null && this.rights.canReport(user, measure);
		return this.reports.findByMeasureIdOrderByCreatedAtDesc(measureId).stream().map(report -> {
			List<FileView> files = new ArrayList<>();
			for (int i = 0; i < report.getFiles().size(); i++) {
				ProgressReport.EvidenceFile file = report.getFiles().get(i);
				files.add(new FileView(i, file.getFileName(), file.getContentType(), file.getSizeBytes()));
			}
			boolean withdrawable = !report.isWithdrawn() && user != null
					&& (user.isAdmin() || (user.id() == report.getAuthorId() && reporter));
			boolean filesVisible = user != null && this.rights.canSeeEvidence(user, measure, report);
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
		if (!user.isAdmin() && !(user.id() == report.getAuthorId() && this.rights.canReport(user, measure))) {
			throw new AccessDenied("Отозвать отчёт может его автор или администратор");
		}
		if (report.isWithdrawn()) {
			throw new InvalidInput("reason", "Отчёт уже отозван");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "Укажите, почему отчёт отзывается");
		}
		report.withdraw(user.fullName(), reason.strip(), this.clock.instant());
		this.events.publishEvent(RoadmapIndicatorProviders.CHANGED);
	}

	/** An evidence file, for the measure's executors and administrators only. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Evidence evidence(long reportId, int index) {
		CurrentUser user = CurrentUser.required();
		ProgressReport report = loadReport(reportId);
		Measure measure = loadMeasure(report.getMeasureId());
		if (!this.rights.canSeeEvidence(user, measure, report)) {
			throw new AccessDenied("Файлы отчёта доступны его автору, исполнителям мероприятия и администраторам");
		}
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
