package ru.nko.platform.interaction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
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
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.InvalidInput.FieldError;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.Role;

/**
 * Problems NGOs face in municipalities (measure 1.1): recorded by NGO representatives and municipal officers,
 * moderated by the municipality's officers, joined by other organisations, public once accepted (without
 * personal data). Scope: officers see and change their own municipality, representatives see their
 * organisations' problems and everything public, administrators everything.
 */
@Service
class Problems {

	static final int MAX_FILES = 5;

	static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

	static final int SIMILAR_LIMIT = 5;

	static final int MAX_EXPORT_ROWS = 10_000;

	static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Moscow");

	@PersistenceContext
	private EntityManager entityManager;

	private final ProblemRepository problems;

	private final ProblemCategoryRepository categories;

	private final ProblemSupporterRepository supporters;

	private final ProblemAttachmentRepository attachments;

	private final DirectoryManagement directory;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final Clock clock;

	Problems(ProblemRepository problems, ProblemCategoryRepository categories, ProblemSupporterRepository supporters,
			ProblemAttachmentRepository attachments, DirectoryManagement directory, UploadInspector inspector, FileStorage storage,
			Clock clock) {
		this.problems = problems;
		this.categories = categories;
		this.supporters = supporters;
		this.attachments = attachments;
		this.directory = directory;
		this.inspector = inspector;
		this.storage = storage;
		this.clock = clock;
	}

	// ---- what other parts of the module (action plans) use ----

	/** What an action plan knows of a problem. */
	record ProblemRef(long id, long municipalityId, String title, String categoryName, ProblemStatus status) {
	}

	/** Problems of one municipality: registered (all but rejected), taken into a plan (and maybe resolved), resolved. */
	record Counts(long registered, long inPlan, long resolved) {

		static final Counts NONE = new Counts(0, 0, 0);

		Counts plus(Counts other) {
			return new Counts(this.registered + other.registered, this.inPlan + other.inPlan, this.resolved + other.resolved);
		}
	}

	/** Accepted problems and those already in a plan, of one municipality: what a plan item may resolve. No scope check. */
	@Transactional(readOnly = true)
	List<ProblemRef> plannable(long municipalityId) {
		return this.problems.findWithCategoryByMunicipalityIdAndStatusIn(municipalityId,
				List.of(ProblemStatus.ACCEPTED, ProblemStatus.IN_PLAN)).stream().map(Problems::ref).toList();
	}

	/** The problems with these ids (unknown ids are left out), in one query. No scope check. */
	@Transactional(readOnly = true)
	List<ProblemRef> refs(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.problems.findWithCategoryByIdIn(Set.copyOf(ids)).stream()
			.sorted(Comparator.comparing(Problem::getId)).map(Problems::ref).toList();
	}

	/**
	 * A plan item takes an accepted problem into the plan (a step is added). Nothing happens if it is already in a
	 * plan or resolved; a new or rejected problem is refused with {@link IllegalStateException}.
	 */
	@Transactional
	void includeInPlan(long problemId, String byName) {
		Problem problem = load(problemId);
		if (problem.getStatus() == ProblemStatus.IN_PLAN || problem.getStatus() == ProblemStatus.RESOLVED) {
			return;
		}
		problem.includeInPlan(byName, this.clock.instant());
	}

	/** A completed plan item resolves its problem: in the plan → resolved, with the note. Already resolved: nothing happens. */
	@Transactional
	void resolveByPlan(long problemId, String byName, String note) {
		Problem problem = load(problemId);
		if (problem.getStatus() == ProblemStatus.RESOLVED) {
			return;
		}
		if (problem.getStatus() != ProblemStatus.IN_PLAN) {
			throw new IllegalStateException("По плану решают только проблемы, включённые в план (сейчас: " + Problem.name(problem.getStatus()) + ").");
		}
		problem.resolve(note, byName, this.clock.instant());
	}

	/** A problem with the day it was registered, for reports. */
	record Registered(ProblemRef problem, java.time.LocalDate registeredOn) {
	}

	/** Every problem of a municipality in order of registration, for its quarterly report. No scope check. */
	@Transactional(readOnly = true)
	List<Registered> ofMunicipality(long municipalityId) {
		return this.problems.findWithCategoryByMunicipalityIdAndStatusIn(municipalityId, List.of(ProblemStatus.values())).stream()
			.map(p -> new Registered(ref(p), p.getRegisteredAt().atZone(ZONE).toLocalDate()))
			.toList();
	}

	/** Registered, in-plan and resolved problems per municipality id, in one aggregate query. */
	@Transactional(readOnly = true)
	Map<Long, Counts> countsByMunicipality() {
		Map<Long, Counts> counts = new HashMap<>();
		for (Object[] row : this.problems.countByMunicipalityAndStatus()) {
			long municipality = ((Number) row[0]).longValue();
			ProblemStatus status = (ProblemStatus) row[1];
			long n = ((Number) row[2]).longValue();
			Counts add = new Counts(status == ProblemStatus.REJECTED ? 0 : n,
					status == ProblemStatus.IN_PLAN || status == ProblemStatus.RESOLVED ? n : 0, status == ProblemStatus.RESOLVED ? n : 0);
			counts.merge(municipality, add, Counts::plus);
		}
		return counts;
	}

	/** The region's totals, for the live indicators of 1.1 and 1.2. */
	@Transactional(readOnly = true)
	Counts totals() {
		return countsByMunicipality().values().stream().reduce(Counts.NONE, Counts::plus);
	}

	// ---- pages and the API ----

	/** A new problem as typed; ids may be missing. */
	record Form(String title, String description, String category, Long municipalityId, Long organizationId) {
	}

	/** An uploaded file, not yet checked. */
	record Upload(String fileName, byte[] content) {
	}

	/** What a list is filtered by; null means "any". */
	record Filter(Long municipalityId, ProblemStatus status, String category) {

		public boolean any() {
			return this.municipalityId != null || this.status != null || this.category != null;
		}
	}

	/** One line of a list. */
	record Row(long id, String title, long municipalityId, String municipality, String categoryCode, String categoryName,
			ProblemStatus status, Instant registeredAt, long supporters) {

		public java.time.LocalDate registeredOn() {
			return this.registeredAt.atZone(ZONE).toLocalDate();
		}
	}

	/** A category as forms and filters offer it. */
	record CategoryChoice(String code, String name, boolean active) {
	}

	/** What the form for a new problem offers the signed-in user. */
	record Choices(List<CategoryChoice> categories, List<MunicipalityRef> municipalities, List<OrganizationRef> organizations,
			boolean organizationRequired, Long defaultMunicipalityId) {
	}

	record StepView(ProblemStatus status, Instant at, String byName, String note) {
	}

	record SupporterView(long organizationId, String organization, String joinedBy, Instant joinedAt, Instant withdrawnAt) {
	}

	record AttachmentView(long id, String fileName, long size) {
	}

	/**
	 * One problem as its page shows it. {@code privileged} (administrators, the municipality's officers, the author
	 * organisation's representatives) see names of people, the author, supporters and attachments; others get nulls
	 * and empty lists there.
	 */
	record Card(long id, String title, String description, long municipalityId, String municipality, String categoryCode,
			String categoryName, ProblemStatus status, String rejectionReason, Instant registeredAt, long supporterCount,
			boolean privileged, String recordedBy, String authorOrganization, List<StepView> steps, List<SupporterView> supporters,
			List<AttachmentView> attachments, boolean mayModerate, List<OrganizationRef> joinableAs,
			List<OrganizationRef> withdrawableAs) {

		public java.time.LocalDate registeredOn() {
			return this.registeredAt.atZone(ZONE).toLocalDate();
		}
	}

	/** A similar existing problem offered while a new one is typed. */
	record Suggestion(long id, String title, ProblemStatus status, long supporters, List<OrganizationRef> joinableAs) {
	}

	/** A stored file to send back. */
	record FileContent(String fileName, String contentType, byte[] content) {
	}

	/** The problems the caller may see, filtered, newest first: two queries for the page plus one for supporters. */
	@Transactional(readOnly = true)
	public Page<Row> list(Filter filter, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		TypedQuery<Long> count = this.entityManager.createQuery("select count(p) from Problem p where " + where, Long.class);
		params.forEach(count::setParameter);
		long total = count.getSingleResult();
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		TypedQuery<Problem> query = this.entityManager.createQuery("select p from Problem p join fetch p.category where " + where
				+ " order by p.registeredAt desc, p.id desc", Problem.class);
		params.forEach(query::setParameter);
		query.setFirstResult((int) pageable.getOffset());
		query.setMaxResults(pageable.getPageSize());
		return new PageImpl<>(rows(query.getResultList()), pageable, total);
	}

	/** The whole filtered list for a spreadsheet: officers and administrators only. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<Row> export(Filter filter) {
		CurrentUser user = current();
		if (!user.isAdmin() && !user.has(Role.MUNICIPAL_OFFICER)) {
			throw new AccessDenied("Выгрузка перечня проблем доступна специалистам ОМСУ и администраторам");
		}
		Map<String, Object> params = new HashMap<>();
		TypedQuery<Problem> query = this.entityManager.createQuery("select p from Problem p join fetch p.category where "
				+ where(filter, params) + " order by p.municipalityId, p.registeredAt desc, p.id desc", Problem.class);
		params.forEach(query::setParameter);
		query.setMaxResults(MAX_EXPORT_ROWS);
		return rows(query.getResultList());
	}

	/** Every category, in order (inactive ones too: old problems keep them), for filters. */
	@Transactional(readOnly = true)
	public List<CategoryChoice> categoryChoices() {
		return this.categories.findAllByOrderByPositionAscIdAsc().stream()
			.map(c -> new CategoryChoice(c.getCode(), c.getName(), c.isActive())).toList();
	}

	/** What the signed-in user may choose on the form for a new problem. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Choices choices() {
		CurrentUser user = current();
		Set<Long> officerOf = user.scopeIds(Role.MUNICIPAL_OFFICER);
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		if (!user.isAdmin() && officerOf.isEmpty() && representing.isEmpty()) {
			throw new AccessDenied("Сообщать о проблемах могут представители НКО и специалисты ОМСУ");
		}
		List<MunicipalityRef> all = this.directory.municipalities().stream().filter(MunicipalityRef::active).toList();
		List<MunicipalityRef> municipalities = user.isAdmin() || !representing.isEmpty() ? all
				: all.stream().filter(m -> officerOf.contains(m.id())).toList();
		List<OrganizationRef> own = this.directory.organizations(representing).values().stream()
			.sorted(Comparator.comparing(OrganizationRef::name)).toList();
		List<OrganizationRef> organizations = new ArrayList<>(own);
		if (!officerOf.isEmpty()) {
			this.directory.organizations().stream()
				.filter(o -> o.municipalityId() != null && officerOf.contains(o.municipalityId()) && !representing.contains(o.id()))
				.forEach(organizations::add);
		}
		boolean organizationRequired = !user.isAdmin() && officerOf.isEmpty();
		Long defaultMunicipality = own.stream().map(OrganizationRef::municipalityId).filter(java.util.Objects::nonNull).findFirst()
			.orElse(officerOf.stream().sorted().findFirst().orElse(null));
		List<CategoryChoice> active = categoryChoices().stream().filter(CategoryChoice::active).toList();
		return new Choices(active, municipalities, organizations, organizationRequired, defaultMunicipality);
	}

	/**
	 * Records a new problem with its files (all or nothing). A representative records it for one of their
	 * organisations in any municipality; without an organisation, only in a municipality where one of their
	 * organisations is. An officer records in their own municipality, with or without an organisation.
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
		else if (form.organizationId() == null && !user.isAdmin() && user.has(Role.NGO_REPRESENTATIVE) && !user.has(Role.MUNICIPAL_OFFICER)) {
			errors.add(new FieldError("organizationId", "Выберите организацию, от имени которой вы сообщаете о проблеме"));
		}
		String title = strip(form.title());
		String description = strip(form.description());
		if (title == null || title.length() < 5) {
			errors.add(new FieldError("title", "Назовите проблему коротко, например «Нет помещения для встреч с жителями»"));
		}
		else if (title.length() > Problem.MAX_TITLE) {
			errors.add(new FieldError("title", "Название не длиннее " + Problem.MAX_TITLE + " знаков; подробности — в описании"));
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
				: uploads.stream().filter(u -> u != null && u.content() != null && !(u.content().length == 0
						&& (u.fileName() == null || u.fileName().isBlank()))).toList();
		List<UploadInspector.Inspected> inspected = new ArrayList<>();
		if (files.size() > MAX_FILES) {
			errors.add(new FieldError("files", "Можно приложить не больше " + MAX_FILES + " файлов"));
		}
		else {
			for (Upload file : files) {
				try {
					inspected.add(this.inspector.inspect(file.fileName(), file.content(), UploadInspector.EVIDENCE_TYPES, MAX_FILE_BYTES));
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
		Problem problem = this.problems.save(new Problem(municipality.id(), author, category, title, description, user.fullName(), now));
		for (int i = 0; i < files.size(); i++) {
			UploadInspector.Inspected file = inspected.get(i);
			String key = this.storage.store("problems", files.get(i).content());
			this.attachments.save(new ProblemAttachment(problem.getId(), file.fileName(), file.contentType(), file.size(), key,
					file.sha256(), user.fullName(), now));
		}
		return problem.getId();
	}

	/** The organisation a problem is recorded for, or refusal when the municipality is outside the user's scope. */
	private static Long author(CurrentUser user, long municipalityId, OrganizationRef organization) {
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		boolean moderator = mayModerate(user, municipalityId);
		if (organization != null) {
			if (representing.contains(organization.id())) {
				return organization.id();
			}
			if (moderator) {
				// an officer speaks for organisations of the problem's own municipality only; administrators for any
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
			throw new AccessDenied("Вы можете сообщать о проблемах в тех муниципальных образованиях, где работают ваши организации "
					+ "(или выберите организацию, от имени которой сообщаете)");
		}
		throw new AccessDenied("Сообщать о проблемах могут представители НКО и специалисты своего муниципального образования");
	}

	/**
	 * An API caller's organisation for a problem in this municipality, when they do not name one: a representative's
	 * organisation located there, if any.
	 */
	@Transactional(readOnly = true)
	Long organizationIn(long municipalityId) {
		Optional<CurrentUser> user = CurrentUser.get();
		if (user.isEmpty() || mayModerate(user.get(), municipalityId)) {
			return null;
		}
		return this.directory.organizations(user.get().scopeIds(Role.NGO_REPRESENTATIVE)).values().stream()
			.filter(o -> o.municipalityId() != null && o.municipalityId() == municipalityId)
			.map(OrganizationRef::id).sorted().findFirst().orElse(null);
	}

	/** One problem, if the caller may see it: the public part for everyone, the rest for those allowed. */
	@Transactional(readOnly = true)
	public Card card(long id) {
		Problem p = this.problems.findCard(id).orElseThrow(() -> new NotFound("Проблема не найдена"));
		Optional<CurrentUser> user = CurrentUser.get();
		List<ProblemSupporter> all = this.supporters.findByProblemIdOrderByJoinedAtAscIdAsc(id);
		checkVisible(p, user, all);
		boolean privileged = user.map(u -> privileged(u, p)).orElse(false);
		List<ProblemSupporter> active = all.stream().filter(ProblemSupporter::isActive).toList();
		Set<Long> organizationIds = new HashSet<>();
		all.forEach(s -> organizationIds.add(s.getOrganizationId()));
		Set<Long> representing = user.map(u -> u.scopeIds(Role.NGO_REPRESENTATIVE)).orElse(Set.of());
		organizationIds.addAll(representing);
		if (p.getAuthorOrganizationId() != null) {
			organizationIds.add(p.getAuthorOrganizationId());
		}
		Map<Long, OrganizationRef> organizations = this.directory.organizations(organizationIds);
		Set<Long> activeIds = active.stream().map(ProblemSupporter::getOrganizationId).collect(Collectors.toSet());
		boolean joinable = p.getStatus() != ProblemStatus.REJECTED;
		List<OrganizationRef> joinableAs = !joinable ? List.of() : representing.stream()
			.filter(o -> !o.equals(p.getAuthorOrganizationId()) && !activeIds.contains(o))
			.map(organizations::get).filter(java.util.Objects::nonNull).sorted(Comparator.comparing(OrganizationRef::name)).toList();
		List<OrganizationRef> withdrawableAs = representing.stream().filter(activeIds::contains).map(organizations::get)
			.filter(java.util.Objects::nonNull).sorted(Comparator.comparing(OrganizationRef::name)).toList();
		String municipality = this.directory.municipality(p.getMunicipalityId()).map(MunicipalityRef::name).orElse("");
		List<StepView> steps = p.getSteps().stream()
			.map(s -> new StepView(s.getStatus(), s.getAt(), privileged ? s.getByName() : null,
					s.getStatus() == ProblemStatus.REJECTED && !privileged ? null : s.getNote()))
			.toList();
		List<SupporterView> supporterViews = !privileged ? List.of() : all.stream()
			.map(s -> new SupporterView(s.getOrganizationId(), name(organizations.get(s.getOrganizationId())), s.getJoinedBy(),
					s.getJoinedAt(), s.getWithdrawnAt()))
			.toList();
		List<AttachmentView> files = !privileged ? List.of() : this.attachments.findByProblemIdOrderByIdAsc(id).stream()
			.map(a -> new AttachmentView(a.getId(), a.getFileName(), a.getFileSize())).toList();
		return new Card(p.getId(), p.getTitle(), p.getDescription(), p.getMunicipalityId(), municipality, p.getCategory().getCode(),
				p.getCategory().getName(), p.getStatus(), privileged ? p.getRejectionReason() : null, p.getRegisteredAt(), active.size(),
				privileged, privileged ? p.getRecordedBy() : null,
				privileged && p.getAuthorOrganizationId() != null ? name(organizations.get(p.getAuthorOrganizationId())) : null, steps,
				supporterViews, files, user.map(u -> mayModerate(u, p.getMunicipalityId())).orElse(false), joinableAs, withdrawableAs);
	}

	/** The caller may see the problem's private part (author, attachments, history): checked for the history page. */
	@Transactional(readOnly = true)
	public boolean privileged(long id) {
		Problem p = load(id);
		return CurrentUser.get().map(u -> privileged(u, p)).orElse(false);
	}

	/** The officer of the municipality (or an administrator) accepts a new problem, optionally in another category. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void accept(long id, String categoryCode) {
		Problem problem = moderated(id);
		if (categoryCode != null && !categoryCode.isBlank() && !categoryCode.strip().equals(problem.getCategory().getCode())) {
			ProblemCategory category = this.categories.findByCode(categoryCode.strip()).filter(ProblemCategory::isActive)
				.orElseThrow(() -> new InvalidInput("category", "Выберите категорию проблемы из списка"));
			transition(() -> problem.recategorize(category));
		}
		transition(() -> problem.accept(current().fullName(), this.clock.instant()));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void reject(long id, String reason) {
		Problem problem = moderated(id);
		if (reason != null && reason.strip().length() > Problem.MAX_NOTE) {
			throw new InvalidInput("reason", "Причина не длиннее " + Problem.MAX_NOTE + " знаков");
		}
		transition(() -> problem.reject(reason, current().fullName(), this.clock.instant()));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void resolve(long id, String note) {
		Problem problem = moderated(id);
		if (note != null && note.strip().length() > Problem.MAX_NOTE) {
			throw new InvalidInput("note", "Пояснение не длиннее " + Problem.MAX_NOTE + " знаков");
		}
		transition(() -> problem.resolve(note, current().fullName(), this.clock.instant()));
	}

	/** A representative joins a problem on behalf of one of their organisations ("нас это тоже касается"). */
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

	/** The representative withdraws their organisation's support; the record stays, with the date. */
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

	/** An attachment, for the author's organisation, the municipality's officers and administrators only. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public FileContent attachment(long problemId, long attachmentId) {
		Problem problem = load(problemId);
		if (!privileged(current(), problem)) {
			throw new AccessDenied("Файлы проблемы видят только организация-автор, специалисты муниципального образования и администраторы");
		}
		ProblemAttachment attachment = this.attachments.findById(attachmentId).filter(a -> a.getProblemId() == problemId)
			.orElseThrow(() -> new NotFound("Файл не найден"));
		return new FileContent(attachment.getFileName(), attachment.getContentType(), this.storage.read(attachment.getFileKey()));
	}

	/**
	 * Up to five problems of the municipality, not rejected and visible to the caller, whose title or description is
	 * like the typed title (word forms, typos, the beginning of a word), most similar first.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> similar(long municipalityId, String title) {
		String text = strip(title);
		if (text == null || text.length() < 3) {
			return List.of();
		}
		text = text.length() > Problem.MAX_TITLE ? text.substring(0, Problem.MAX_TITLE) : text;
		Optional<CurrentUser> user = CurrentUser.get();
		Map<String, Object> params = new HashMap<>();
		params.put("m", municipalityId);
		params.put("t", text.toLowerCase(Locale.ROOT));
		String words = tsQuery(text);
		String match = "lower(p.title) % :t or :t <% lower(p.title)";
		String score = "greatest(similarity(lower(p.title), :t), word_similarity(:t, lower(p.title)))";
		if (words != null) {
			match += " or p.search_vector @@ to_tsquery('russian', :q)";
			score = "ts_rank(p.search_vector, to_tsquery('russian', :q)) + " + score;
			params.put("q", words);
		}
		StringBuilder where = new StringBuilder("p.municipality_id = :m and p.status <> 'REJECTED' and (" + match + ")");
		visibleNative(where, params, user);
		Query query = this.entityManager.createNativeQuery("select p.id, p.title, p.status, p.author_organization_id,"
				+ " (select count(*) from problem_supporter s where s.problem_id = p.id and s.withdrawn_at is null)"
				+ " from problem p where " + where + " order by " + score + " desc, p.registered_at desc, p.id desc limit " + SIMILAR_LIMIT);
		params.forEach(query::setParameter);
		@SuppressWarnings("unchecked")
		List<Object[]> found = query.getResultList();
		if (found.isEmpty()) {
			return List.of();
		}
		Set<Long> representing = user.map(u -> u.scopeIds(Role.NGO_REPRESENTATIVE)).orElse(Set.of());
		Map<Long, Set<Long>> joined = new HashMap<>();
		Map<Long, OrganizationRef> organizations = Map.of();
		if (!representing.isEmpty()) {
			List<Long> ids = found.stream().map(r -> ((Number) r[0]).longValue()).toList();
			this.entityManager.createQuery("select s from ProblemSupporter s where s.problemId in :ids and s.organizationId in :orgs"
					+ " and s.withdrawnAt is null", ProblemSupporter.class)
				.setParameter("ids", ids).setParameter("orgs", representing).getResultList()
				.forEach(s -> joined.computeIfAbsent(s.getProblemId(), k -> new HashSet<>()).add(s.getOrganizationId()));
			organizations = this.directory.organizations(representing);
		}
		List<Suggestion> suggestions = new ArrayList<>();
		for (Object[] r : found) {
			long id = ((Number) r[0]).longValue();
			Long author = r[3] == null ? null : ((Number) r[3]).longValue();
			Set<Long> already = joined.getOrDefault(id, Set.of());
			Map<Long, OrganizationRef> names = organizations;
			List<OrganizationRef> joinableAs = representing.stream().filter(o -> !o.equals(author) && !already.contains(o))
				.map(names::get).filter(java.util.Objects::nonNull).sorted(Comparator.comparing(OrganizationRef::name)).toList();
			suggestions.add(new Suggestion(id, (String) r[1], ProblemStatus.valueOf((String) r[2]), ((Number) r[4]).longValue(), joinableAs));
		}
		return suggestions;
	}

	// ---- start-up and demo data: as it happened, without scope checks (the caller is the platform itself) ----

	@Transactional
	long recordAsOf(long municipalityId, Long organizationId, String categoryCode, String title, String description, String recordedBy,
			Instant at) {
		ProblemCategory category = this.categories.findByCode(categoryCode)
			.orElseThrow(() -> new IllegalArgumentException("Нет категории " + categoryCode));
		return this.problems.save(new Problem(municipalityId, organizationId, category, title, description, recordedBy, at)).getId();
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

	// ---- rules ----

	private static boolean mayModerate(CurrentUser user, long municipalityId) {
		return user.actsFor(Role.MUNICIPAL_OFFICER, municipalityId);
	}

	/** Who may see the private part: administrators, the municipality's officers, the author organisation's representatives. */
	private static boolean privileged(CurrentUser user, Problem problem) {
		return mayModerate(user, problem.getMunicipalityId()) || (problem.getAuthorOrganizationId() != null
				&& user.scopeIds(Role.NGO_REPRESENTATIVE).contains(problem.getAuthorOrganizationId()));
	}

	/** Public problems for everyone; the rest for the privileged and for organisations that support it. */
	private static void checkVisible(Problem problem, Optional<CurrentUser> user, List<ProblemSupporter> supporters) {
		if (problem.getStatus().isPublic()) {
			return;
		}
		if (user.isEmpty()) {
			// a guest is asked to sign in rather than told "forbidden"
			throw new org.springframework.security.access.AccessDeniedException("Проблема ещё не опубликована");
		}
		Set<Long> representing = user.get().scopeIds(Role.NGO_REPRESENTATIVE);
		if (privileged(user.get(), problem)
				|| supporters.stream().anyMatch(s -> s.isActive() && representing.contains(s.getOrganizationId()))) {
			return;
		}
		throw new AccessDenied("Эта проблема ещё не опубликована или отклонена: её видят организация-автор, специалисты "
				+ "муниципального образования и администраторы");
	}

	/** The JPQL condition of a list: the filter and what the caller may see. */
	private static String where(Filter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("1 = 1");
		if (filter.municipalityId() != null) {
			where.append(" and p.municipalityId = :municipality");
			params.put("municipality", filter.municipalityId());
		}
		if (filter.status() != null) {
			where.append(" and p.status = :status");
			params.put("status", filter.status());
		}
		if (filter.category() != null) {
			where.append(" and p.category.code = :category");
			params.put("category", filter.category());
		}
		Optional<CurrentUser> user = CurrentUser.get();
		if (user.map(CurrentUser::isAdmin).orElse(false)) {
			return where.toString();
		}
		List<String> any = new ArrayList<>();
		any.add("p.status in :publicStatuses");
		params.put("publicStatuses", ProblemStatus.PUBLIC);
		Set<Long> municipalities = user.map(u -> u.scopeIds(Role.MUNICIPAL_OFFICER)).orElse(Set.of());
		if (!municipalities.isEmpty()) {
			any.add("p.municipalityId in :ownMunicipalities");
			params.put("ownMunicipalities", municipalities);
		}
		Set<Long> organizations = user.map(u -> u.scopeIds(Role.NGO_REPRESENTATIVE)).orElse(Set.of());
		if (!organizations.isEmpty()) {
			any.add("p.authorOrganizationId in :ownOrganizations");
			any.add("exists (select 1 from ProblemSupporter s where s.problemId = p.id and s.organizationId in :ownOrganizations"
					+ " and s.withdrawnAt is null)");
			params.put("ownOrganizations", organizations);
		}
		return where.append(" and (").append(String.join(" or ", any)).append(")").toString();
	}

	/** The same visibility as {@link #where} for native SQL over {@code problem p}. */
	private static void visibleNative(StringBuilder where, Map<String, Object> params, Optional<CurrentUser> user) {
		if (user.map(CurrentUser::isAdmin).orElse(false)) {
			return;
		}
		List<String> any = new ArrayList<>();
		any.add("p.status in ('ACCEPTED', 'IN_PLAN', 'RESOLVED')");
		Set<Long> municipalities = user.map(u -> u.scopeIds(Role.MUNICIPAL_OFFICER)).orElse(Set.of());
		if (!municipalities.isEmpty()) {
			any.add("p.municipality_id in (:ownMunicipalities)");
			params.put("ownMunicipalities", municipalities);
		}
		Set<Long> organizations = user.map(u -> u.scopeIds(Role.NGO_REPRESENTATIVE)).orElse(Set.of());
		if (!organizations.isEmpty()) {
			any.add("p.author_organization_id in (:ownOrganizations)");
			any.add("exists (select 1 from problem_supporter s where s.problem_id = p.id and s.organization_id in (:ownOrganizations)"
					+ " and s.withdrawn_at is null)");
			params.put("ownOrganizations", organizations);
		}
		where.append(" and (").append(String.join(" or ", any)).append(")");
	}

	/** The typed words as an "any of these, or words beginning so" full-text query; null when no word is long enough. */
	static String tsQuery(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 3 && words.size() < 10) {
				words.add(word);
			}
		}
		return words.isEmpty() ? null : words.stream().map(w -> w + ":*").collect(Collectors.joining(" | "));
	}

	private List<Row> rows(List<Problem> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] r : this.supporters.countActiveByProblemIdIn(found.stream().map(Problem::getId).toList())) {
			counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
		}
		Map<Long, String> municipalities = this.directory.municipalities().stream()
			.collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name));
		return found.stream()
			.map(p -> new Row(p.getId(), p.getTitle(), p.getMunicipalityId(), municipalities.getOrDefault(p.getMunicipalityId(), ""),
					p.getCategory().getCode(), p.getCategory().getName(), p.getStatus(), p.getRegisteredAt(),
					counts.getOrDefault(p.getId(), 0L)))
			.toList();
	}

	private Problem moderated(long id) {
		Problem problem = load(id);
		if (!mayModerate(current(), problem.getMunicipalityId())) {
			throw new AccessDenied("Проблемы рассматривают специалисты своего муниципального образования и администраторы");
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

	private static CurrentUser current() {
		return CurrentUser.get().orElseThrow(() -> new AccessDenied("Войдите в систему"));
	}

	private static ProblemRef ref(Problem p) {
		return new ProblemRef(p.getId(), p.getMunicipalityId(), p.getTitle(), p.getCategory().getName(), p.getStatus());
	}

	private static String name(OrganizationRef organization) {
		return organization == null ? "" : organization.name();
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
