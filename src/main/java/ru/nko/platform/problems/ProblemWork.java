package ru.nko.platform.problems;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Duplicates;
import ru.nko.platform.system.InvalidInput.FieldError;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.Role;

import static ru.nko.platform.problems.ProblemAccess.checkVisible;
import static ru.nko.platform.problems.ProblemAccess.current;
import static ru.nko.platform.problems.ProblemAccess.mayModerate;

/**
 * Changes to problems of NGOs: recording with files, moderation (accept, reject,
 * resolve), support by other organisations, the steps action plans take, and past events
 * for start-up data. Scope by {@link ProblemAccess}.
 */
@Service
class ProblemWork {

	static final int MAX_FILES = 5;

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

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
		List<FieldError> errors = new ArrayList<>();
		MunicipalityRef municipality = form.municipalityId() == null ? null
				: this.directory.municipality(form.municipalityId()).filter(MunicipalityRef::active).orElse(null);
		if (municipality == null) {
			errors.add(new FieldError("municipalityId", "Выберите муниципальное образование, где возникла проблема"));
		}
		OrganizationRef organization = null;
		if (form.organizationId() != null) {
			organization = this.directory.organization(form.organizationId()).orElse(null);
			if (organization == null) {
				errors.add(new FieldError("organizationId", "Выберите организацию из списка"));
			}
		}
		Long author = null;
		if (errors.isEmpty()) {
			// the scope first: outside it, nothing about the content matters
			author = author(user, municipality.id(), organization);
		}
		else if (form.organizationId() == null && !user.isAdmin() && user.has(Role.NGO_REPRESENTATIVE)
				&& !user.has(Role.MUNICIPAL_OFFICER)) {
			errors.add(
					new FieldError("organizationId", "Выберите организацию, от имени которой вы сообщаете о проблеме"));
		}
		String title = strip(form.title());
		String description = strip(form.description());
		if (title == null || title.length() < 5) {
			errors.add(new FieldError("title",
					"Назовите проблему коротко, например «Нет помещения для встреч с жителями»"));
		}
		else if (title.length() > Problem.MAX_TITLE) {
			errors.add(new FieldError("title",
					"Название не длиннее " + Problem.MAX_TITLE + " знаков; подробности — в описании"));
		}
		if (description == null) {
			errors.add(new FieldError("description", "Опишите проблему: что мешает, с каких пор, кого это касается"));
		}
		else if (description.length() > Problem.MAX_DESCRIPTION) {
			errors.add(new FieldError("description", "Описание не длиннее " + Problem.MAX_DESCRIPTION + " знаков"));
		}
		ProblemCategory category = form.category() == null || form.category().isBlank() ? null
				: this.categories.findByCode(form.category().strip()).filter(ProblemCategory::isActive).orElse(null);
		if (category == null) {
			errors.add(new FieldError("category", "Выберите категорию проблемы из списка"));
		}
		List<Upload> files = uploads == null ? List.of()
				: uploads.stream()
					.filter(u -> u != null && u.content() != null
							&& !(u.content().length == 0 && (u.fileName() == null || u.fileName().isBlank())))
					.toList();
		List<UploadInspector.Inspected> inspected = new ArrayList<>();
		if (files.size() > MAX_FILES) {
			errors.add(new FieldError("files", "Можно приложить не больше " + MAX_FILES + " файлов"));
		}
		else {
			for (Upload file : files) {
				try {
					inspected.add(this.inspector.inspect(file.fileName(), file.content(),
							UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES));
				}
				catch (UploadInspector.RejectedUpload rejected) {
					errors.add(new FieldError("files", rejected.getMessage()));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
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
	 * The organisation a problem is recorded for, or refusal when the municipality is
	 * outside the user's scope.
	 */
	private static Long author(CurrentUser user, long municipalityId, OrganizationRef organization) {
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		boolean moderator = mayModerate(user, municipalityId);
		if (organization != null) {
			if (representing.contains(organization.id())) {
				return organization.id();
			}
			if (moderator) {
				// an officer speaks for organisations of the problem's own municipality
				// only; administrators for any
				if (!user.isAdmin() && !Long.valueOf(municipalityId).equals(organization.municipalityId())) {
					throw new InvalidInput("organizationId",
							"Выберите организацию этого муниципального образования: от имени организаций других районов сообщают их представители");
				}
				return organization.id();
			}
			throw new AccessDenied("Сообщать о проблеме можно только от имени своей организации");
		}
		if (moderator) {
			return null;
		}
		if (!representing.isEmpty()) {
			throw new AccessDenied(
					"Вы можете сообщать о проблемах в тех муниципальных образованиях, где работают ваши организации "
							+ "(или выберите организацию, от имени которой сообщаете)");
		}
		throw new AccessDenied(
				"Сообщать о проблемах могут представители НКО и специалисты своего муниципального образования");
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
		if (reason != null && reason.strip().length() > Problem.MAX_NOTE) {
			throw new InvalidInput("reason", "Причина не длиннее " + Problem.MAX_NOTE + " знаков");
		}
		transition(() -> problem.reject(reason, current().fullName(), this.clock.instant()));
		this.events.publishEvent(ProblemIndicatorProviders.CHANGED);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void resolve(long id, String note) {
		Problem problem = moderated(id);
		if (note != null && note.strip().length() > Problem.MAX_NOTE) {
			throw new InvalidInput("note", "Пояснение не длиннее " + Problem.MAX_NOTE + " знаков");
		}
		transition(() -> problem.resolve(note, current().fullName(), this.clock.instant()));
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
		if (!user.scopeIds(Role.NGO_REPRESENTATIVE).contains(organizationId)) {
			throw new AccessDenied("Поддержать проблему можно только от имени своей организации");
		}
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
		if (!user.scopeIds(Role.NGO_REPRESENTATIVE).contains(organizationId)) {
			throw new AccessDenied("Отозвать поддержку может только представитель этой организации");
		}
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
		if (!mayModerate(current(), problem.getMunicipalityId())) {
			throw new AccessDenied(
					"Проблемы рассматривают специалисты своего муниципального образования и администраторы");
		}
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

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
