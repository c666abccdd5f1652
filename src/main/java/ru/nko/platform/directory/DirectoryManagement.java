package ru.nko.platform.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.UserManagement;

/**
 * The directory's public API: municipalities, bodies and organisations by id or by name.
 */
@Service
public class DirectoryManagement {

	private final MunicipalityRepository municipalities;

	private final BodyRepository bodies;

	private final OrganizationRepository organizations;

	private final UserManagement users;

	private final MunicipalityList municipalityList;

	private final EntityManager entityManager;

	DirectoryManagement(MunicipalityRepository municipalities, BodyRepository bodies,
			OrganizationRepository organizations, UserManagement users, MunicipalityList municipalityList,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.municipalityList = municipalityList;
		this.users = users;
		this.municipalities = municipalities;
		this.bodies = bodies;
		this.organizations = organizations;
	}

	@Transactional(readOnly = true)
	public List<MunicipalityRef> municipalities() {
		return this.municipalityList.all();
	}

	/**
	 * The municipality filter of a list from what the address gives
	 * ({@code municipality}: an id chosen from the list, or a typed part of a name); see
	 * {@link MunicipalityFilter}.
	 */
	@Transactional(readOnly = true)
	public MunicipalityFilter municipalityFilter(String given) {
		return MunicipalityFilter.of(municipalities(), given);
	}

	@Transactional(readOnly = true)
	public Optional<MunicipalityRef> municipality(long id) {
		return this.municipalities.findById(id).map(DirectoryManagement::ref);
	}

	@Transactional(readOnly = true)
	public Optional<MunicipalityRef> municipalityByName(String name) {
		return this.municipalities.findByName(name).map(DirectoryManagement::ref);
	}

	@Transactional(readOnly = true)
	public List<BodyRef> bodies() {
		return this.bodies.findAllByOrderByNameAsc().stream().map(DirectoryManagement::ref).toList();
	}

	/** Bodies by id, for showing names next to ids in one query. */
	@Transactional(readOnly = true)
	public Map<Long, BodyRef> bodies(Collection<Long> ids) {
		return this.bodies.findAllById(ids)
			.stream()
			.map(DirectoryManagement::ref)
			.collect(Collectors.toMap(BodyRef::id, Function.identity()));
	}

	@Transactional(readOnly = true)
	public Optional<BodyRef> body(long id) {
		return this.bodies.findById(id).map(DirectoryManagement::ref);
	}

	/**
	 * The body whose normalised name or alias is this one (see
	 * {@link BodyNames#normalizeName}).
	 */
	@Transactional(readOnly = true)
	public Optional<BodyRef> matchBody(String writtenName) {
		return this.bodies.findByNormalizedNameOrAlias(BodyNames.normalizeName(writtenName))
			.stream()
			.findFirst()
			.map(DirectoryManagement::ref);
	}

	/**
	 * Creates a body named in an imported roadmap, or returns the one that already
	 * matches.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public BodyRef ensureBody(String writtenName) {
		return matchBody(writtenName).orElseGet(() -> {
			String name = BodyNames.displayName(writtenName);
			if (name.isBlank()) {
				throw new InvalidInput("name", "Укажите наименование органа");
			}
			if (name.length() > BodyRef.NAME_MAX) {
				throw new InvalidInput("name",
						InvalidInput.tooLong("Наименование органа", BodyRef.NAME_MAX, name.length()));
			}
			return ref(this.bodies.save(new Body(name, null, BodyKind.OTHER)));
		});
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationRef> organization(long id) {
		return this.organizations.findById(id).map(DirectoryManagement::ref);
	}

	@Transactional(readOnly = true)
	public List<OrganizationRef> organizations() {
		return this.organizations.findAllByOrderByNameAsc().stream().map(DirectoryManagement::ref).toList();
	}

	/**
	 * The organisation with this INN, whether in force or still awaiting confirmation
	 * (see {@link #awaitingConfirmation}).
	 */
	@Transactional(readOnly = true)
	public Optional<OrganizationRef> organizationByInn(String inn) {
		return this.organizations.findByInn(inn).map(DirectoryManagement::ref);
	}

	/**
	 * The ids, among these, of organisations hidden from the directory until someone is
	 * confirmed to represent them (added by a newcomer, see
	 * {@link #proposeOrganization}).
	 */
	@Transactional(readOnly = true)
	public Set<Long> awaitingConfirmation(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.organizations.findUnconfirmedIds(ids));
	}

	/**
	 * Adds an organisation a newcomer names when claiming to represent it, hidden from
	 * the directory until {@link #confirmOrganization confirmed}. Check digits and
	 * lengths are the caller's to verify.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public OrganizationRef proposeOrganization(String name, String inn, String ogrn, Long municipalityId) {
		Organization organization = new Organization(name, null, inn, ogrn, municipalityId);
		organization.awaitConfirmation();
		return ref(this.organizations.save(organization));
	}

	/** Shows an organisation awaiting confirmation in the directory (idempotent). */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void confirmOrganization(long id) {
		this.organizations.findById(id).orElseThrow(() -> new NotFound("Организация не найдена")).confirm();
	}

	/**
	 * Organisations by id, in one query (withdrawn ones too, so that old records keep
	 * their names).
	 */
	@Transactional(readOnly = true)
	public Map<Long, OrganizationRef> organizations(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.organizations.findAllById(ids)
			.stream()
			.map(DirectoryManagement::ref)
			.collect(Collectors.toMap(OrganizationRef::id, Function.identity()));
	}

	/**
	 * Every address to write to each of these organisations: its contact and public
	 * e-mails, then the e-mails of the users who represent it (lower case, each once);
	 * organisations without any are absent. Two queries.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> organizationAddresses(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> own = organizationEmails(ids);
		Map<Long, List<String>> representatives = this.users.representativeEmails(ids);
		Map<Long, List<String>> addresses = new HashMap<>();
		for (Long id : ids) {
			Set<String> all = new LinkedHashSet<>();
			own.getOrDefault(id, List.of()).forEach(address -> all.add(address.strip().toLowerCase(Locale.ROOT)));
			representatives.getOrDefault(id, List.of())
				.forEach(address -> all.add(address.strip().toLowerCase(Locale.ROOT)));
			if (!all.isEmpty()) {
				addresses.put(id, List.copyOf(all));
			}
		}
		return addresses;
	}

	/**
	 * The e-mail addresses of active organisations, by id, in one query: the contact
	 * e-mail first, then the public one (each once, blank ones left out); organisations
	 * without any are absent. Personal data (the contact e-mail): for sending mail to the
	 * organisation, not for showing.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> organizationEmails(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> emails = new HashMap<>();
		for (Object[] row : this.organizations.findEmails(ids)) {
			List<String> addresses = Stream.of((String) row[1], (String) row[2])
				.filter(address -> address != null && !address.isBlank())
				.map(String::strip)
				.distinct()
				.toList();
			if (!addresses.isEmpty()) {
				emails.put((Long) row[0], addresses);
			}
		}
		return emails;
	}

	/**
	 * Active organisations registered in a municipality, by name, at most {@code limit}
	 * of them: for choosing whom to invite.
	 */
	@Transactional(readOnly = true)
	public List<OrganizationRef> organizationsIn(long municipalityId, int limit) {
		return this.organizations.findByMunicipalityIdAndActiveTrueOrderByNameAsc(municipalityId, Limit.of(limit))
			.stream()
			.map(DirectoryManagement::ref)
			.toList();
	}

	/**
	 * Adds an organisation unless one with this INN exists; for start-up and demo data.
	 */
	@Transactional
	public OrganizationRef ensureOrganization(String name, String shortName, String inn, String ogrn,
			Long municipalityId) {
		return this.organizations.findByInn(inn)
			.map(DirectoryManagement::ref)
			.orElseGet(
					() -> ref(this.organizations.save(new Organization(name, shortName, inn, ogrn, municipalityId))));
	}

	/**
	 * Creates the organisation, or updates the one with the same INN (else the same
	 * OGRN), with all of the given data; for imports and start-up data. Check digits are
	 * the caller's to verify.
	 */
	@Transactional
	public OrganizationRef saveOrganization(OrganizationData data) {
		Organization organization = (data.inn() == null ? Optional.<Organization>empty()
				: this.organizations.findByInn(data.inn()))
			.or(() -> data.ogrn() == null ? Optional.empty() : this.organizations.findByOgrn(data.ogrn()))
			.orElseGet(() -> new Organization(data.name(), data.shortName(), data.inn(), data.ogrn(),
					data.municipalityId()));
		organization.describe(data);
		return ref(this.organizations.save(organization));
	}

	/**
	 * An organisation's data, private fields included: the caller decides who may see
	 * them.
	 */
	@Transactional(readOnly = true)
	public Optional<OrganizationData> organizationData(long id) {
		return this.organizations.findById(id).filter(Organization::isActive).map(DirectoryManagement::data);
	}

	/**
	 * The data of several organisations at once (areas and pages in the same query), by
	 * id.
	 */
	@Transactional(readOnly = true)
	public Map<Long, OrganizationData> organizationData(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.organizations.findWithDetailsByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Organization::getId, DirectoryManagement::data));
	}

	/** How many organisations' data {@link #eachOrganizationData} holds at once. */
	static final int CHUNK = 2_000;

	/**
	 * Goes through the data of every active organisation (only the participants of the
	 * region's support programmes when asked), a chunk of a couple of thousand at a time
	 * in id order, for region-wide overviews: a country's 220,000 never sit in memory
	 * together, as each chunk's organisations leave the persistence context once handled.
	 */
	@Transactional(readOnly = true)
	public void eachOrganizationData(boolean supportParticipantsOnly, Consumer<Map<Long, OrganizationData>> chunk) {
		List<Long> ids = supportParticipantsOnly ? this.organizations.findSupportParticipantIds()
				: this.organizations.findActiveIds();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Organization> loaded = this.organizations
				.findWithDetailsByIdIn(ids.subList(from, Math.min(from + CHUNK, ids.size())));
			Map<Long, OrganizationData> data = new TreeMap<>();
			loaded.forEach(organization -> data.put(organization.getId(), data(organization)));
			loaded.forEach(this.entityManager::detach);
			chunk.accept(data);
		}
	}

	static OrganizationData data(Organization o) {
		return new OrganizationData(o.getName(), o.getShortName(), o.getLegalForm(), o.getInn(), o.getOgrn(),
				o.getKpp(), o.getRegistrationDate(), o.getAddress(), o.getMunicipalityId(), o.isSocialOriented(),
				o.getSocialOrientedSince(), o.isIopu(), o.getIopuSince(), o.isResourceCenter(),
				o.isSupportParticipant(), o.getWebsite(), o.getPublicEmail(), o.getPublicPhone(), o.getHeadName(),
				o.getHeadPosition(), o.getDescription(), o.getContactPerson(), o.getContactEmail(), o.getContactPhone(),
				o.getActivityAreas(),
				o.getSocialPages()
					.stream()
					.map(page -> new OrganizationData.SocialPageLink(page.getNetwork(), page.getUrl()))
					.toList());
	}

	/** How many organisations the directory holds (active ones). */
	@Transactional(readOnly = true)
	public long organizationCount() {
		return this.organizations.countByActiveTrue();
	}

	Municipality loadMunicipality(long id) {
		return this.municipalities.findById(id).orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
	}

	Body loadBody(long id) {
		return this.bodies.findById(id).orElseThrow(() -> new NotFound("Орган не найден"));
	}

	static MunicipalityRef ref(Municipality m) {
		return new MunicipalityRef(m.getId(), m.getName(), m.isActive());
	}

	static BodyRef ref(Body b) {
		return new BodyRef(b.getId(), b.getName(), b.getShortName(), b.getKind());
	}

	static OrganizationRef ref(Organization o) {
		return new OrganizationRef(o.getId(), o.getName(), o.getInn(), o.getMunicipalityId());
	}

}
