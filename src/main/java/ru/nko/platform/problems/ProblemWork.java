package ru.nko.platform.problems;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Duplicates;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

import static ru.nko.platform.problems.ProblemAccess.checkVisible;
import static ru.nko.platform.problems.ProblemAccess.current;

/**
 * Changes to problems of NGOs: recording with files, moderation (accept, reject,
 * resolve), support by other organisations, the steps action plans take, and past events
 * for start-up data. Scope by {@link ProblemAccess}.
 */
@Service
class ProblemWork {

	static final int MAX_FILES = 5;

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	/** The form's labels, as the length messages name the fields. */
	private static final String TITLE = "Коротко о проблеме";

	private static final String DESCRIPTION = "Описание";

	private static final String SHORT_TITLE = "Назовите проблему коротко, например «Нет помещения для встреч с жителями»";

	private final ProblemRepository problems;

	private final ProblemCategoryRepository categories;

	private final ProblemSupporterRepository supporters;

	private final ProblemAttachmentRepository attachments;

	private final DirectoryManagement directory;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProblemWork(ProblemRepository problems, ProblemCategoryRepository categories, ProblemSupporterRepository supporters,
			ProblemAttachmentRepository attachments, DirectoryManagement directory, UploadInspector inspector,
			FileStorage storage, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.problems = problems;
		this.categories = categories;
		this.supporters = supporters;
		this.attachments = attachments;
		this.directory = directory;
		this.inspector = inspector;
		this.storage = storage;
		this.clock = clock;
	}

	/** A new problem as typed; ids may be missing. */
	record Form(String title, String description, String category, Long municipalityId, Long organizationId) {
	}

	/** An uploaded file, not yet checked. */
	record Upload(String fileName, byte[] content) {
	}

	/**
	 * Records a new problem with its files (all or nothing). A representative records it
	 * for one of their organisations in any municipality; without an organisation, only
	 * in a municipality where one of their organisations is. An officer records in their
	 * own municipality, with or without an organisation.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long record(Form form, List<Upload> uploads) {
		CurrentUser user = current();
		InvalidInput.Errors errors = new InvalidInput.Errors();
		MunicipalityRef municipality = form.municipalityId() == null ? null
				: this.directory.municipality(form.municipalityId()).filter(MunicipalityRef::active).orElse(null);
		if (municipality == null) {
			errors.add("municipalityId", "Выберите муниципальное образование, где возникла проблема");
		}
		OrganizationRef organization = form.organizationId() == null ? null
				: this.directory.organization(form.organizationId()).orElse(null);
		if (form.organizationId() != null && organization == null) {
			errors.add("organizationId", "Выберите организацию из списка");
		}
		Long author = null;
		if (municipality != null && (form.organizationId() == null || organization != null)) {
			// the scope first: outside it, nothing about the content matters
			author = ProblemAccess.author(user, municipality.id(), organization);
		}
		else if (form.organizationId() == null && ProblemAccess.speaksOnlyForOrganizations(user)) {
			errors.add("organizationId", "Выберите организацию, от имени которой вы сообщаете о проблеме");
		}
		String title = errors.required(form.title(), "title", TITLE, SHORT_TITLE, Problem.MAX_TITLE);
		if (title != null && title.length() < 5) {
			errors.add("title", SHORT_TITLE);
		}
		String description = errors.required(form.description(), "description", DESCRIPTION,
				"Опишите проблему: что мешает, с каких пор, кого это касается", Problem.MAX_DESCRIPTION);
		ProblemCategory category = form.category() == null || form.category().isBlank() ? null
				: this.categories.findByCode(form.category().strip()).filter(ProblemCategory::isActive).orElse(null);
		if (category == null) {
			errors.add("category", "Выберите категорию проблемы из списка");
		}
		List<Upload> files = uploads == null ? List.of()
				: uploads.stream()
					.filter(u -> u != null && u.content() != null
							&& !(u.content().length == 0 && (u.fileName() == null || u.fileName().isBlank())))
					.toList();
		List<UploadInspector.Inspected> inspected = new ArrayList<>();
		if (files.size() > MAX_FILES) {
			errors.add("files", "Можно приложить не больше " + MAX_FILES + " файлов");
		}
		else {
			for (Upload file : files) {
				try {
					inspected.add(this.inspector.inspect(file.fileName(), file.content(),
							UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES));
				}
				catch (UploadInspector.RejectedUpload rejected) {
					errors.add("files", rejected.getMessage());
				}
			}
		}
		errors.throwIfAny();
		Instant now = this.clock.instant();
		Problem problem = this.problems
			.save(new Problem(municipality.id(), author, category, title, description, user.fullName(), now));
		for (int i = 0; i < files.size(); i++) {
			UploadInspector.Inspected file = inspected.get(i);
			String key = this.storage.store("problems", files.get(i).content());
			this.attachments.save(new ProblemAttachment(problem.getId(), file.fileName(), file.contentType(),
					file.size(), key, file.sha256(), user.fullName(), now));
		}
		this.events.publishEvent(ProblemIndicatorProviders.CHANGED);
		return problem.getId();
	}

	/**
	 * The officer of the municipality (or an administrator) accepts a new problem,
	 * optionally in another category.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void accept(long id, String categoryCode) {
		Problem problem = moderated(id);
		if (categoryCode != null && !categoryCode.isBlank()
				&& !categoryCode.strip().equals(problem.getCategory().getCode())) {
			ProblemCategory category = this.categories.findByCode(categoryCode.strip())
				.filter(ProblemCategory::isActive)
				.orElseThrow(() -> new InvalidInput("category", "Выберите категорию проблемы из списка"));
			transition(() -> problem.recategorize(category));
		}
		transition(() -> problem.accept(current().fullName(), this.clock.instant()));
		this.events.publishEvent(ProblemIndicatorProviders.CHANGED);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void reject(long id, String reason) {
		Problem problem = moderated(id);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String text = errors.optional(reason, "reason", "Причина отклонения", Problem.MAX_NOTE);
		errors.throwIfAny();
		transition(() -> problem.reject(text, current().fullName(), this.clock.instant()));
		this.events.publishEvent(ProblemIndicatorProviders.CHANGED);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void resolve(long id, String note) {
		Problem problem = moderated(id);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String text = errors.optional(note, "note", "Как решена проблема", Problem.MAX_NOTE);
		errors.throwIfAny();
		transition(() -> problem.resolve(text, current().fullName(), this.clock.instant()));
		this.events.publishEvent(ProblemIndicatorProviders.CHANGED);
	}

	/**
	 * A representative joins a problem on behalf of one of their organisations ("нас это
	 * тоже касается").
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void join(long id, long organizationId) {
		CurrentUser user = current();
		ProblemAccess.requireRepresentative(user, organizationId,
				"Поддержать проблему можно только от имени своей организации");
		Problem problem = load(id);
		checkVisible(problem, Optional.of(user), this.supporters.findByProblemIdOrderByJoinedAtAscIdAsc(id));
		if (problem.getStatus() == ProblemStatus.REJECTED) {
			throw new InvalidInput(null, "Отклонённую проблему поддержать нельзя");
		}
		if (Long.valueOf(organizationId).equals(problem.getAuthorOrganizationId())) {
			throw new InvalidInput(null, "Это проблема вашей организации: поддерживать её не нужно");
		}
		Instant now = this.clock.instant();
		Optional<ProblemSupporter> existing = this.supporters.findByProblemIdAndOrganizationId(id, organizationId);
		if (existing.isPresent()) {
			if (existing.get().isActive()) {
				throw new InvalidInput(null, "Ваша организация уже поддержала эту проблему");
			}
			existing.get().rejoin(user.fullName(), now);
		}
		else {
			Duplicates.refused("problem_supporter_ux", null, "Ваша организация уже поддержала эту проблему",
					() -> this.supporters.saveAndFlush(new ProblemSupporter(id, organizationId, user.fullName(), now)));
		}
	}

	/**
	 * The representative withdraws their organisation's support; the record stays, with
	 * the date.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void withdraw(long id, long organizationId) {
		CurrentUser user = current();
		ProblemAccess.requireRepresentative(user, organizationId,
				"Отозвать поддержку может только представитель этой организации");
		load(id);
		ProblemSupporter supporter = this.supporters.findByProblemIdAndOrganizationId(id, organizationId)
			.filter(ProblemSupporter::isActive)
			.orElseThrow(() -> new InvalidInput(null, "Ваша организация не поддерживает эту проблему"));
		supporter.withdraw(user.fullName(), this.clock.instant());
	}

	// ---- steps that action plans take (through ProblemManagement); no scope check ----

	/**
	 * A plan item takes an accepted problem into the plan (a step is added). Nothing
	 * happens if it is already in a plan or resolved; a new or rejected problem is
	 * refused with {@link IllegalStateException}.
	 */
	@Transactional
	void includeInPlan(long problemId, String byName) {
		Problem problem = load(problemId);
		if (problem.getStatus() == ProblemStatus.IN_PLAN || problem.getStatus() == ProblemStatus.RESOLVED) {
			return;
		}
		problem.includeInPlan(byName, this.clock.instant());
		this.events.publishEvent(ProblemIndicatorProviders.CHANGED);
	}

	/**
	 * A completed plan item resolves its problem: in the plan → resolved, with the note.
	 * Already resolved: nothing happens.
	 */
	@Transactional
	void resolveByPlan(long problemId, String byName, String note) {
		Problem problem = load(problemId);
		if (problem.getStatus() == ProblemStatus.RESOLVED) {
			return;
		}
		if (problem.getStatus() != ProblemStatus.IN_PLAN) {
			throw new IllegalStateException("По плану решают только проблемы, включённые в план (сейчас: "
					+ Problem.name(problem.getStatus()) + ").");
		}
		problem.resolve(note, byName, this.clock.instant());
		this.events.publishEvent(ProblemIndicatorProviders.CHANGED);
	}

	// ---- start-up and demo data: as it happened, without scope checks (the caller is
	// the platform itself) ----

	@Transactional
	long recordAsOf(long municipalityId, Long organizationId, String categoryCode, String title, String description,
			String recordedBy, Instant at) {
		ProblemCategory category = this.categories.findByCode(categoryCode)
			.orElseThrow(() -> new IllegalArgumentException("Нет категории " + categoryCode));
		return this.problems
			.save(new Problem(municipalityId, organizationId, category, title, description, recordedBy, at))
			.getId();
	}

	@Transactional
	void moveAsOf(long id, ProblemStatus to, String by, String note, Instant at) {
		Problem problem = load(id);
		switch (to) {
			case ACCEPTED -> problem.accept(by, at);
			case IN_PLAN -> problem.includeInPlan(by, at);
			case RESOLVED -> problem.resolve(note, by, at);
			case REJECTED -> problem.reject(note, by, at);
			case NEW -> throw new IllegalArgumentException("Проблема не может снова стать новой");
		}
	}

	@Transactional
	void supportAsOf(long id, long organizationId, String by, Instant at) {
		this.supporters.save(new ProblemSupporter(id, organizationId, by, at));
	}

	private Problem moderated(long id) {
		Problem problem = load(id);
		ProblemAccess.requireModerator(problem.getMunicipalityId());
		return problem;
	}

	private Problem load(long id) {
		return this.problems.findById(id).orElseThrow(() -> new NotFound("Проблема не найдена"));
	}

	private static void transition(Runnable move) {
		try {
			move.run();
		}
		catch (IllegalStateException refused) {
			throw new InvalidInput(null, refused.getMessage());
		}
	}

}
