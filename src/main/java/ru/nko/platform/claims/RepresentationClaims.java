package ru.nko.platform.claims;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.OrganizationRef;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.shared.ids.Inn;
import ru.nko.platform.shared.ids.Ogrn;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Grant;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.Role;
import ru.nko.platform.system.UserManagement;

/**
 * Joining: a signed-in person claims an organisation by INN (or adds one that is not in
 * the directory) and attaches a document showing their authority; an administrator checks
 * it and the person becomes a representative. An organisation may have several
 * representatives, a person several organisations.
 */
@Service
class RepresentationClaims {

	static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

	private final RepresentationClaimRepository claims;

	private final DirectoryManagement directory;

	private final UserManagement users;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final Clock clock;

	private final MessageSource messages;

	RepresentationClaims(RepresentationClaimRepository claims, DirectoryManagement directory, UserManagement users,
			UploadInspector inspector, FileStorage storage, Clock clock, MessageSource messages) {
		this.claims = claims;
		this.directory = directory;
		this.users = users;
		this.inspector = inspector;
		this.storage = storage;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * The claim form: INN first; name, OGRN and municipality only when the organisation
	 * is new to the directory.
	 */
	record ClaimForm(String inn, String position, String name, String ogrn, Long municipalityId) {
	}

	/** What pages show of a claim. */
	record ClaimView(long id, String username, String fullName, long organizationId, String organizationName,
			String inn, boolean newOrganization, String position, String documentName,
			RepresentationClaim.Status status, String decisionReason, String decidedBy, Instant decidedAt,
			Instant createdAt) {
	}

	/**
	 * The organisation with this INN, if the directory has it (for the claim form's first
	 * step).
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Optional<OrganizationRef> findByInn(String inn) {
		return Inn.problem(inn).isPresent() ? Optional.empty()
				: this.directory.organizationByInn(Inn.parse(inn).value())
					.filter(organization -> this.directory.awaitingConfirmation(List.of(organization.id())).isEmpty());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long submit(ClaimForm form, String documentName, byte[] document) {
		CurrentUser user = CurrentUser.required();
		InvalidInput.Errors errors = new InvalidInput.Errors();
		Optional<String> innProblem = Inn.problem(form.inn());
		innProblem.ifPresent(problem -> errors.add("inn", problem));
		String position = errors.required(form.position(), "position", label("claim.position"),
				"Укажите вашу должность или роль в организации, например «председатель правления»",
				RepresentationClaim.POSITION_MAX);
		OrganizationRef organization = null;
		String name = null;
		if (innProblem.isEmpty()) {
			String inn = Inn.parse(form.inn()).value();
			organization = this.directory.organizationByInn(inn).orElse(null);
			if (organization == null) {
				name = errors.required(form.name(), "name", label("claim.name"), "Организации с ИНН " + inn
						+ " нет в справочнике: укажите её полное наименование, и она будет добавлена после проверки",
						OrganizationData.NAME_MAX);
				if (form.ogrn() != null && !form.ogrn().isBlank()) {
					Ogrn.problem(form.ogrn()).ifPresent(problem -> errors.add("ogrn", problem));
				}
				if (form.municipalityId() == null || this.directory.municipality(form.municipalityId()).isEmpty()) {
					errors.add("municipalityId", "Выберите муниципальное образование организации");
				}
			}
			else if (user.scopeIds(Role.NGO_REPRESENTATIVE).contains(organization.id())) {
				errors.add("inn", "Вы уже представляете эту организацию");
			}
			else if (this.claims.existsByUserIdAndOrganizationIdAndStatus(user.id(), organization.id(),
					RepresentationClaim.Status.PENDING)) {
				errors.add("inn", "Ваша заявка по этой организации уже ждёт проверки");
			}
		}
		UploadInspector.Inspected inspected = null;
		if (document == null || document.length == 0) {
			errors.add("document",
					"Приложите документ, подтверждающий ваши полномочия: протокол о назначении, доверенность или выписку");
		}
		else {
			try {
				inspected = this.inspector.inspect(documentName, document, UploadInspector.EVIDENCE_TYPES,
						MAX_DOCUMENT_BYTES);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add("document", rejected.getMessage());
			}
		}
		errors.throwIfAny();
		if (organization == null) {
			organization = this.directory.proposeOrganization(name, Inn.parse(form.inn()).value(),
					form.ogrn() == null || form.ogrn().isBlank() ? null : Ogrn.parse(form.ogrn()).value(),
					form.municipalityId());
		}
		String key = this.storage.store("claims", document);
		RepresentationClaim claim = this.claims
			.save(new RepresentationClaim(user.id(), user.getUsername(), user.fullName(), organization.id(), position,
					inspected.fileName(), inspected.contentType(), inspected.size(), key, this.clock.instant()));
		return claim.getId();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<ClaimView> mine() {
		CurrentUser user = CurrentUser.required();
		return this.claims.findByUserIdOrderByCreatedAtDesc(user.id()).stream().map(this::view).toList();
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Page<ClaimView> pending(Pageable pageable) {
		Page<RepresentationClaim> page = this.claims.findByStatusOrderByCreatedAtAsc(RepresentationClaim.Status.PENDING,
				pageable);
		List<Long> ids = page.getContent().stream().map(RepresentationClaim::getOrganizationId).distinct().toList();
		Map<Long, OrganizationRef> organizations = this.directory.organizations(ids);
		Set<Long> unconfirmed = this.directory.awaitingConfirmation(ids);
		return page.map(claim -> view(claim, organizations.get(claim.getOrganizationId()),
				unconfirmed.contains(claim.getOrganizationId())));
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public ClaimView claim(long id) {
		return view(load(id));
	}

	/** The claimant's document, for administrators and the claimant. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Document document(long id) {
		RepresentationClaim claim = load(id);
		CurrentUser user = CurrentUser.required();
		if (!user.isAdmin() && user.id() != claim.getUserId()) {
			throw new AccessDenied("Документ заявки видят её автор и администраторы");
		}
		return new Document(claim.getDocumentName(), claim.getDocumentType(),
				this.storage.read(claim.getDocumentKey()));
	}

	/** A file to send back. */
	record Document(String fileName, String contentType, byte[] content) {
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void approve(long id) {
		RepresentationClaim claim = pendingClaim(id);
		this.directory.confirmOrganization(claim.getOrganizationId());
		claim.approve(CurrentUser.required().fullName(), this.clock.instant());
		this.users.grant(claim.getUserId(), Grant.of(Role.NGO_REPRESENTATIVE, claim.getOrganizationId()));
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void reject(long id, String reason) {
		RepresentationClaim claim = pendingClaim(id);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String text = errors.required(reason, "reason", label("claim.reason"),
				"Укажите причину отказа — её увидит заявитель", RepresentationClaim.REASON_MAX);
		errors.throwIfAny();
		claim.reject(text, CurrentUser.required().fullName(), this.clock.instant());
	}

	/** A field's name as the claim pages show it. */
	private String label(String key) {
		return this.messages.getMessage(key, null, key, Locale.forLanguageTag("ru-RU"));
	}

	private RepresentationClaim pendingClaim(long id) {
		RepresentationClaim claim = load(id);
		if (claim.getStatus() != RepresentationClaim.Status.PENDING) {
			throw new InvalidInput("reason", "Заявка уже рассмотрена");
		}
		return claim;
	}

	private RepresentationClaim load(long id) {
		return this.claims.findById(id).orElseThrow(() -> new NotFound("Заявка не найдена"));
	}

	private ClaimView view(RepresentationClaim claim) {
		long id = claim.getOrganizationId();
		return view(claim, this.directory.organization(id).orElseThrow(),
				!this.directory.awaitingConfirmation(List.of(id)).isEmpty());
	}

	private static ClaimView view(RepresentationClaim claim, OrganizationRef organization, boolean unconfirmed) {
		return new ClaimView(claim.getId(), claim.getUsername(), claim.getFullName(), organization.id(),
				organization.name(), organization.inn(),
				unconfirmed && claim.getStatus() == RepresentationClaim.Status.PENDING, claim.getPosition(),
				claim.getDocumentName(), claim.getStatus(), claim.getDecisionReason(), claim.getDecidedBy(),
				claim.getDecidedAt(), claim.getCreatedAt());
	}

}
