package ru.nko.platform.problems;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.ListFilters;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.Role;

import static ru.nko.platform.problems.ProblemAccess.checkVisible;
import static ru.nko.platform.problems.ProblemAccess.current;
import static ru.nko.platform.problems.ProblemAccess.mayModerate;
import static ru.nko.platform.problems.ProblemAccess.visible;
import static ru.nko.platform.problems.ProblemAccess.visibleNative;

/**
 * What pages, the API and other modules read about problems of NGOs, each read limited to
 * what the caller may see ({@link ProblemAccess}).
 */
@Service
class ProblemQueries {

	static final int SIMILAR_LIMIT = 5;

	static final int MAX_EXPORT_ROWS = 10_000;

	@PersistenceContext
	private EntityManager entityManager;

	private final ProblemRepository problems;

	private final ProblemCategoryRepository categories;

	private final ProblemSupporterRepository supporters;

	private final ProblemAttachmentRepository attachments;

	private final DirectoryManagement directory;

	private final FileStorage storage;

	private final ZoneId zone;

	ProblemQueries(ProblemRepository problems, ProblemCategoryRepository categories,
			ProblemSupporterRepository supporters, ProblemAttachmentRepository attachments,
			DirectoryManagement directory, FileStorage storage, Clock clock) {
		this.problems = problems;
		this.categories = categories;
		this.supporters = supporters;
		this.attachments = attachments;
		this.directory = directory;
		this.storage = storage;
		this.zone = clock.getZone();
	}

	/** What a list is filtered by; null means "any". */
	record Filter(Long municipalityId, ProblemStatus status, String category) {

		public boolean any() {
			return this.municipalityId != null || this.status != null || this.category != null;
		}
	}

	/** One line of a list. */
	record Row(long id, String title, long municipalityId, String municipality, String categoryCode,
			String categoryName, ProblemStatus status, Instant registeredAt, long supporters, LocalDate registeredOn) {
	}

	/** A category as forms and filters offer it. */
	record CategoryChoice(String code, String name, boolean active) {
	}

	/** What the form for a new problem offers the signed-in user. */
	record Choices(List<CategoryChoice> categories, List<MunicipalityRef> municipalities,
			List<OrganizationRef> organizations, boolean organizationRequired, Long defaultMunicipalityId) {
	}

	record StepView(ProblemStatus status, Instant at, String byName, String note) {
	}

	record SupporterView(long organizationId, String organization, String joinedBy, Instant joinedAt,
			Instant withdrawnAt) {
	}

	record AttachmentView(long id, String fileName, long size) {
	}

	/**
	 * One problem as its page shows it. {@code privileged} (administrators, the
	 * municipality's officers, the author organisation's representatives) see names of
	 * people, the author, supporters and attachments; others get nulls and empty lists
	 * there.
	 */
	record Card(long id, String title, String description, long municipalityId, String municipality,
			String categoryCode, String categoryName, ProblemStatus status, String rejectionReason,
			Instant registeredAt, long supporterCount, boolean privileged, String recordedBy, String authorOrganization,
			List<StepView> steps, List<SupporterView> supporters, List<AttachmentView> attachments, boolean mayModerate,
			List<OrganizationRef> joinableAs, List<OrganizationRef> withdrawableAs, LocalDate registeredOn) {
	}

	/** A similar existing problem offered while a new one is typed. */
	record Suggestion(long id, String title, ProblemStatus status, long supporters, List<OrganizationRef> joinableAs) {
	}

	/** A stored file to send back. */
	record FileContent(String fileName, String contentType, byte[] content) {
	}

	// ---- what other modules read (through ProblemManagement); no scope check ----

	/**
	 * Accepted problems and those already in a plan, of one municipality: what a plan
	 * item may resolve. No scope check.
	 */
	@Transactional(readOnly = true)
	List<ProblemRef> plannable(long municipalityId) {
		return this.problems
			.findWithCategoryByMunicipalityIdAndStatusIn(municipalityId,
					List.of(ProblemStatus.ACCEPTED, ProblemStatus.IN_PLAN))
			.stream()
			.map(ProblemQueries::ref)
			.toList();
	}

	/**
	 * The problems with these ids (unknown ids are left out), in one query. No scope
	 * check.
	 */
	@Transactional(readOnly = true)
	List<ProblemRef> refs(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.problems.findWithCategoryByIdIn(Set.copyOf(ids))
			.stream()
			.sorted(Comparator.comparing(Problem::getId))
			.map(ProblemQueries::ref)
			.toList();
	}

	/**
	 * Every problem of a municipality in order of registration, for its quarterly report.
	 * No scope check.
	 */
	@Transactional(readOnly = true)
	List<RegisteredProblem> ofMunicipality(long municipalityId) {
		return this.problems
			.findWithCategoryByMunicipalityIdAndStatusIn(municipalityId, List.of(ProblemStatus.values()))
			.stream()
			.map(p -> new RegisteredProblem(ref(p), p.getRegisteredAt().atZone(this.zone).toLocalDate()))
			.toList();
	}

	/**
	 * RegisteredProblem, in-plan and resolved problems per municipality id, in one
	 * aggregate query.
	 */
	@Transactional(readOnly = true)
	Map<Long, ProblemCounts> countsByMunicipality() {
		Map<Long, ProblemCounts> counts = new HashMap<>();
		for (Object[] row : this.problems.countByMunicipalityAndStatus()) {
			long municipality = ((Number) row[0]).longValue();
			ProblemStatus status = (ProblemStatus) row[1];
			long n = ((Number) row[2]).longValue();
			ProblemCounts add = new ProblemCounts(status == ProblemStatus.REJECTED ? 0 : n,
					status == ProblemStatus.IN_PLAN || status == ProblemStatus.RESOLVED ? n : 0,
					status == ProblemStatus.RESOLVED ? n : 0);
			counts.merge(municipality, add, ProblemCounts::plus);
		}
		return counts;
	}

	/** The region's totals, for the live indicators of 1.1 and 1.2. */
	@Transactional(readOnly = true)
	ProblemCounts totals() {
		return countsByMunicipality().values().stream().reduce(ProblemCounts.NONE, ProblemCounts::plus);
	}

	// ---- pages and the API ----

	/**
	 * The problems the caller may see, filtered, newest first: two queries for the page
	 * plus one for supporters.
	 */
	@Transactional(readOnly = true)
	public Page<Row> list(Filter filter, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		// counted up to one past the cap (ListFilters.COUNT_CAP), from the ids alone
		TypedQuery<Long> count = this.entityManager.createQuery("select p.id from Problem p where " + where,
				Long.class);
		params.forEach(count::setParameter);
		count.setMaxResults(ListFilters.COUNT_CAP + 1);
		long total = count.getResultList().size();
		if (total == 0 || (total <= ListFilters.COUNT_CAP && pageable.getOffset() >= total)) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		TypedQuery<Problem> query = this.entityManager
			.createQuery("select p from Problem p join fetch p.category where " + where
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
		if (!ProblemAccess.mayExport(Optional.of(current()))) {
			throw new AccessDenied("Выгрузка перечня проблем доступна специалистам ОМСУ и администраторам");
		}
		Map<String, Object> params = new HashMap<>();
		TypedQuery<Problem> query = this.entityManager
			.createQuery("select p from Problem p join fetch p.category where " + where(filter, params)
					+ " order by p.municipalityId, p.registeredAt desc, p.id desc", Problem.class);
		params.forEach(query::setParameter);
		query.setMaxResults(MAX_EXPORT_ROWS);
		return rows(query.getResultList());
	}

	/**
	 * Every category, in order (inactive ones too: old problems keep them), for filters.
	 */
	@Transactional(readOnly = true)
	public List<CategoryChoice> categoryChoices() {
		return this.categories.findAllByOrderByPositionAscIdAsc()
			.stream()
			.map(c -> new CategoryChoice(c.getCode(), c.getName(), c.isActive()))
			.toList();
	}

	/** What the signed-in user may choose on the form for a new problem. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Choices choices() {
		CurrentUser user = current();
		Set<Long> officerOf = user.scopeIds(Role.MUNICIPAL_OFFICER);
		Set<Long> representing = user.scopeIds(Role.NGO_REPRESENTATIVE);
		if (!ProblemAccess.mayRecord(user)) {
			throw new AccessDenied("Сообщать о проблемах могут представители НКО и специалисты ОМСУ");
		}
		List<MunicipalityRef> all = this.directory.municipalities().stream().filter(MunicipalityRef::active).toList();
		List<MunicipalityRef> municipalities = user.isAdmin() || !representing.isEmpty() ? all
				: all.stream().filter(m -> officerOf.contains(m.id())).toList();
		List<OrganizationRef> own = this.directory.organizations(representing)
			.values()
			.stream()
			.sorted(Comparator.comparing(OrganizationRef::name))
			.toList();
		List<OrganizationRef> organizations = new ArrayList<>(own);
		if (!officerOf.isEmpty()) {
			this.directory.organizations()
				.stream()
				.filter(o -> o.municipalityId() != null && officerOf.contains(o.municipalityId())
						&& !representing.contains(o.id()))
				.forEach(organizations::add);
		}
		boolean organizationRequired = !user.isAdmin() && officerOf.isEmpty();
		Long defaultMunicipality = own.stream()
			.map(OrganizationRef::municipalityId)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(officerOf.stream().sorted().findFirst().orElse(null));
		List<CategoryChoice> active = categoryChoices().stream().filter(CategoryChoice::active).toList();
		return new Choices(active, municipalities, organizations, organizationRequired, defaultMunicipality);
	}

	/**
	 * An API caller's organisation for a problem in this municipality, when they do not
	 * name one: a representative's organisation located there, if any.
	 */
	@Transactional(readOnly = true)
	Long organizationIn(long municipalityId) {
		Optional<CurrentUser> user = CurrentUser.get();
		if (user.isEmpty() || mayModerate(user.get(), municipalityId)) {
			return null;
		}
		return this.directory.organizations(user.get().scopeIds(Role.NGO_REPRESENTATIVE))
			.values()
			.stream()
			.filter(o -> o.municipalityId() != null && o.municipalityId() == municipalityId)
			.map(OrganizationRef::id)
			.sorted()
			.findFirst()
			.orElse(null);
	}

	/**
	 * One problem, if the caller may see it: the public part for everyone, the rest for
	 * those allowed.
	 */
	@Transactional(readOnly = true)
	public Card card(long id) {
		Problem p = this.problems.findCard(id).orElseThrow(() -> new NotFound("Проблема не найдена"));
		Optional<CurrentUser> user = CurrentUser.get();
		List<ProblemSupporter> all = this.supporters.findByProblemIdOrderByJoinedAtAscIdAsc(id);
		checkVisible(p, user, all);
		boolean privileged = user.map(u -> ProblemAccess.privileged(u, p)).orElse(false);
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
		List<OrganizationRef> joinableAs = !joinable ? List.of()
				: representing.stream()
					.filter(o -> !o.equals(p.getAuthorOrganizationId()) && !activeIds.contains(o))
					.map(organizations::get)
					.filter(Objects::nonNull)
					.sorted(Comparator.comparing(OrganizationRef::name))
					.toList();
		List<OrganizationRef> withdrawableAs = representing.stream()
			.filter(activeIds::contains)
			.map(organizations::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(OrganizationRef::name))
			.toList();
		String municipality = this.directory.municipality(p.getMunicipalityId()).map(MunicipalityRef::name).orElse("");
		List<StepView> steps = p.getSteps()
			.stream()
			.map(s -> new StepView(s.getStatus(), s.getAt(), privileged ? s.getByName() : null,
					s.getStatus() == ProblemStatus.REJECTED && !privileged ? null : s.getNote()))
			.toList();
		List<SupporterView> supporterViews = !privileged ? List.of()
				: all.stream()
					.map(s -> new SupporterView(s.getOrganizationId(), name(organizations.get(s.getOrganizationId())),
							s.getJoinedBy(), s.getJoinedAt(), s.getWithdrawnAt()))
					.toList();
		List<AttachmentView> files = !privileged ? List.of()
				: this.attachments.findByProblemIdOrderByIdAsc(id)
					.stream()
					.map(a -> new AttachmentView(a.getId(), a.getFileName(), a.getFileSize()))
					.toList();
		return new Card(p.getId(), p.getTitle(), p.getDescription(), p.getMunicipalityId(), municipality,
				p.getCategory().getCode(), p.getCategory().getName(), p.getStatus(),
				privileged ? p.getRejectionReason() : null, p.getRegisteredAt(), active.size(), privileged,
				privileged ? p.getRecordedBy() : null,
				privileged && p.getAuthorOrganizationId() != null ? name(organizations.get(p.getAuthorOrganizationId()))
						: null,
				steps, supporterViews, files, user.map(u -> mayModerate(u, p.getMunicipalityId())).orElse(false),
				joinableAs, withdrawableAs, p.getRegisteredAt().atZone(this.zone).toLocalDate());
	}

	/**
	 * The caller may see the problem's private part (author, attachments, history):
	 * checked for the history page.
	 */
	@Transactional(readOnly = true)
	public boolean privileged(long id) {
		Problem p = load(id);
		return CurrentUser.get().map(u -> ProblemAccess.privileged(u, p)).orElse(false);
	}

	/**
	 * An attachment, for the author's organisation, the municipality's officers and
	 * administrators only.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public FileContent attachment(long problemId, long attachmentId) {
		Problem problem = load(problemId);
		if (!ProblemAccess.privileged(current(), problem)) {
			throw new AccessDenied(
					"Файлы проблемы видят только организация-автор, специалисты муниципального образования и администраторы");
		}
		ProblemAttachment attachment = this.attachments.findById(attachmentId)
			.filter(a -> a.getProblemId() == problemId)
			.orElseThrow(() -> new NotFound("Файл не найден"));
		return new FileContent(attachment.getFileName(), attachment.getContentType(),
				this.storage.read(attachment.getFileKey()));
	}

	/**
	 * Up to five problems of the municipality, not rejected and visible to the caller,
	 * whose title or description is like the typed title (word forms, typos, the
	 * beginning of a word), most similar first.
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
		StringBuilder where = new StringBuilder(
				"p.municipality_id = :m and p.status <> 'REJECTED' and (" + match + ")");
		visibleNative(where, params, user);
		Query query = this.entityManager.createNativeQuery("select p.id, p.title, p.status, p.author_organization_id,"
				+ " (select count(*) from problem_supporter s where s.problem_id = p.id and s.withdrawn_at is null)"
				+ " from problem p where " + where + " order by " + score
				+ " desc, p.registered_at desc, p.id desc limit " + SIMILAR_LIMIT);
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
			this.entityManager
				.createQuery("select s from ProblemSupporter s where s.problemId in :ids and s.organizationId in :orgs"
						+ " and s.withdrawnAt is null", ProblemSupporter.class)
				.setParameter("ids", ids)
				.setParameter("orgs", representing)
				.getResultList()
				.forEach(
						s -> joined.computeIfAbsent(s.getProblemId(), k -> new HashSet<>()).add(s.getOrganizationId()));
			organizations = this.directory.organizations(representing);
		}
		List<Suggestion> suggestions = new ArrayList<>();
		for (Object[] r : found) {
			long id = ((Number) r[0]).longValue();
			Long author = r[3] == null ? null : ((Number) r[3]).longValue();
			Set<Long> already = joined.getOrDefault(id, Set.of());
			Map<Long, OrganizationRef> names = organizations;
			List<OrganizationRef> joinableAs = representing.stream()
				.filter(o -> !o.equals(author) && !already.contains(o))
				.map(names::get)
				.filter(Objects::nonNull)
				.sorted(Comparator.comparing(OrganizationRef::name))
				.toList();
			suggestions.add(new Suggestion(id, (String) r[1], ProblemStatus.valueOf((String) r[2]),
					((Number) r[4]).longValue(), joinableAs));
		}
		return suggestions;
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
		return where.append(" and ").append(visible(params)).toString();
	}

	/**
	 * The typed words as an "any of these, or words beginning so" full-text query; null
	 * when no word is long enough.
	 */
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
		Map<Long, String> municipalities = this.directory.municipalities()
			.stream()
			.collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name));
		return found.stream()
			.map(p -> new Row(p.getId(), p.getTitle(), p.getMunicipalityId(),
					municipalities.getOrDefault(p.getMunicipalityId(), ""), p.getCategory().getCode(),
					p.getCategory().getName(), p.getStatus(), p.getRegisteredAt(), counts.getOrDefault(p.getId(), 0L),
					p.getRegisteredAt().atZone(this.zone).toLocalDate()))
			.toList();
	}

	private static ProblemRef ref(Problem p) {
		return new ProblemRef(p.getId(), p.getMunicipalityId(), p.getTitle(), p.getCategory().getName(), p.getStatus());
	}

	private static String name(OrganizationRef organization) {
		return organization == null ? "" : organization.name();
	}

	private Problem load(long id) {
		return this.problems.findById(id).orElseThrow(() -> new NotFound("Проблема не найдена"));
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
