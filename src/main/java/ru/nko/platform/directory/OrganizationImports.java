package ru.nko.platform.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.imports.ImportJobs;

/**
 * The directory's side of a registry import: rows already checked by the importer are
 * matched by INN, else OGRN, and a known organisation is updated, never duplicated;
 * fields a row leaves empty keep what the directory knows.
 */
@Service
public class OrganizationImports {

	/** Keys per lookup query, below PostgreSQL's limit on bound parameters. */
	private static final int CHUNK = 1000;

	/** Rows between flushes (and progress reports). */
	private static final int FLUSH_EVERY = 200;

	/** How many organisations the rows create and how many they update. */
	public record Counts(int created, int updated) {
	}

	private final OrganizationRepository organizations;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	OrganizationImports(OrganizationRepository organizations, EntityManager entityManager,
			ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.entityManager = entityManager;
		this.events = events;
	}

	/** What {@link #save} would do with these rows; saves nothing. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Counts preview(List<OrganizationData> rows) {
		Existing existing = existing(rows);
		int updated = (int) rows.stream().filter(row -> existing.find(row) != null).count();
		return new Counts(rows.size() - updated, updated);
	}

	/**
	 * Creates or updates an organisation for every row, in one transaction (the caller's,
	 * if it has one): all of them or, on any failure, none. Flushes and reports progress
	 * every 200 rows; announces {@link OrganizationsChanged} at the end.
	 */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public Counts save(List<OrganizationData> rows, ImportJobs.Progress progress) {
		Existing existing = existing(rows);
		int created = 0;
		int updated = 0;
		int done = 0;
		Set<Long> changed = new HashSet<>();
		for (OrganizationData row : rows) {
			Organization organization = existing.find(row);
			if (organization == null) {
				organization = new Organization(row.name(), row.shortName(), row.inn(), row.ogrn(),
						row.municipalityId());
				organization.describe(row);
				this.entityManager.persist(organization);
				created++;
			}
			else {
				organization.describe(merged(organization, row));
				updated++;
			}
			changed.add(organization.getId());
			if (++done % FLUSH_EVERY == 0) {
				this.entityManager.flush();
				progress.advance(done);
			}
		}
		this.entityManager.flush();
		progress.advance(done);
		this.events.publishEvent(new OrganizationsChanged(changed));
		return new Counts(created, updated);
	}

	/** Fields the file leaves empty keep what the directory already knows. */
	private static OrganizationData merged(Organization current, OrganizationData incoming) {
		return new OrganizationData(incoming.name(), keep(incoming.shortName(), current.getShortName()),
				keep(incoming.legalForm(), current.getLegalForm()), keep(incoming.inn(), current.getInn()),
				keep(incoming.ogrn(), current.getOgrn()), keep(incoming.kpp(), current.getKpp()),
				incoming.registrationDate() != null ? incoming.registrationDate() : current.getRegistrationDate(),
				keep(incoming.address(), current.getAddress()), incoming.municipalityId(),
				incoming.socialOriented() || current.isSocialOriented(), current.getSocialOrientedSince(),
				incoming.iopu() || current.isIopu(), current.getIopuSince(),
				incoming.resourceCenter() || current.isResourceCenter(), current.isSupportParticipant(),
				keep(incoming.website(), current.getWebsite()), keep(incoming.publicEmail(), current.getPublicEmail()),
				keep(incoming.publicPhone(), current.getPublicPhone()),
				keep(incoming.headName(), current.getHeadName()), current.getHeadPosition(),
				keep(incoming.description(), current.getDescription()), current.getContactPerson(),
				current.getContactEmail(), current.getContactPhone(),
				incoming.activityAreas().isEmpty() ? current.getActivityAreas() : incoming.activityAreas(),
				incoming.socialPages().isEmpty() ? current.getSocialPages()
					.stream()
					.map(page -> new OrganizationData.SocialPageLink(page.getNetwork(), page.getUrl()))
					.toList() : incoming.socialPages());
	}

	private static String keep(String incoming, String current) {
		return incoming != null ? incoming : current;
	}

	private Existing existing(List<OrganizationData> rows) {
		Map<String, Organization> byInn = new HashMap<>();
		Map<String, Organization> byOgrn = new HashMap<>();
		chunks(rows.stream().map(OrganizationData::inn).filter(Objects::nonNull).distinct().toList(),
				this.organizations::findByInnIn)
			.forEach(organization -> byInn.put(organization.getInn(), organization));
		chunks(rows.stream().map(OrganizationData::ogrn).filter(Objects::nonNull).distinct().toList(),
				this.organizations::findByOgrnIn)
			.forEach(organization -> byOgrn.put(organization.getOgrn(), organization));
		return new Existing(byInn, byOgrn);
	}

	private static List<Organization> chunks(List<String> keys,
			Function<Collection<String>, List<Organization>> finder) {
		List<Organization> found = new ArrayList<>();
		for (int from = 0; from < keys.size(); from += CHUNK) {
			found.addAll(finder.apply(keys.subList(from, Math.min(keys.size(), from + CHUNK))));
		}
		return found;
	}

	private record Existing(Map<String, Organization> byInn, Map<String, Organization> byOgrn) {

		Organization find(OrganizationData data) {
			Organization organization = data.inn() == null ? null : this.byInn.get(data.inn());
			return organization != null ? organization : data.ogrn() == null ? null : this.byOgrn.get(data.ogrn());
		}
	}

}
