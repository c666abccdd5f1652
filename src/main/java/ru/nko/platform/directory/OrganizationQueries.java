package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.ListFilters;

/**
 * The public directory of organisations: search in Russian (word forms, typos, prefixes)
 * with filters, and the card of one organisation. PostgreSQL only: full text,
 * {@code pg_trgm}.
 */
@Service
@Transactional(readOnly = true)
class OrganizationQueries {

	/** How a list is ordered; RELEVANCE only means something with a query. */
	enum Sort {

		NAME, REGISTERED, RELEVANCE

	}

	/** What a visitor asks the directory for; null or blank means "any". */
	record Filter(String q, Long municipalityId, ActivityArea activityArea, boolean socialOriented, boolean iopu,
			boolean resourceCenter, Sort sort) {

		Filter {
			q = q == null || q.isBlank() ? null : q.strip();
		}

		/**
		 * The order actually used: by relevance when something is searched for, else by
		 * name.
		 */
		Sort effectiveSort() {
			if (this.sort == null) {
				return this.q == null ? Sort.NAME : Sort.RELEVANCE;
			}
			return this.sort == Sort.RELEVANCE && this.q == null ? Sort.NAME : this.sort;
		}
	}

	/** One line of the list: what is shown in the results and given out by the API. */
	record Row(long id, String name, String shortName, String inn, String ogrn, String municipality,
			boolean socialOriented, boolean iopu, boolean resourceCenter, List<ActivityArea> activityAreas,
			List<String> socialPages) {

		public int socialPageCount() {
			return this.socialPages.size();
		}
	}

	/**
	 * A social page as the card shows it; {@code href} is null when the address is not a
	 * web link.
	 */
	record SocialLink(SocialNetwork network, String url, String href) {
	}

	/**
	 * The private contacts, given only to administrators and the organisation's
	 * representatives.
	 */
	record Contacts(String person, String email, String phone) {
	}

	/**
	 * The card of one organisation; {@code contacts} is null unless the caller may see
	 * them.
	 */
	record Card(long id, String name, String shortName, String legalForm, String inn, String ogrn, String kpp,
			LocalDate registrationDate, String address, String municipality, String headName, String headPosition,
			List<ActivityArea> activityAreas, boolean socialOriented, LocalDate socialOrientedSince, boolean iopu,
			LocalDate iopuSince, boolean resourceCenter, String website, String websiteHref,
			List<SocialLink> socialPages, String publicEmail, String publicPhone, String description,
			Contacts contacts) {
	}

	/**
	 * A word of the name like the query (a typo forgiven), the words themselves in any
	 * form, or the start of the full or short name. Whole-name similarity is left out:
	 * rechecking it on every candidate cost most of a search in a country's directory and
	 * found nothing the word similarity did not.
	 */
	private static final String MATCH = "(o.search_vector @@ websearch_to_tsquery('russian', :q)"
			+ " or lower(:q) <% lower(o.name)"
			+ " or lower(o.name) like :prefix escape '!' or lower(coalesce(o.short_name, '')) like :prefix escape '!')";

	private static final String SCORE = "(ts_rank(o.search_vector, websearch_to_tsquery('russian', :q))"
			+ " + greatest(word_similarity(lower(:q), lower(o.name)), word_similarity(lower(:q), lower(coalesce(o.short_name, '')))))";

	/**
	 * How alike a query and a part of a name must be for a typo to be forgiven (this
	 * transaction only).
	 */
	private static final String WORD_SIMILARITY = "0.5";

	@PersistenceContext
	private EntityManager entityManager;

	private final OrganizationRepository organizations;

	private final MunicipalityRepository municipalities;

	OrganizationQueries(OrganizationRepository organizations, MunicipalityRepository municipalities) {
		this.organizations = organizations;
		this.municipalities = municipalities;
	}

	/**
	 * How far the directory counts what a search finds: a total above it is shown as
	 * "more than 1 000", so that a national directory is not counted whole for every
	 * page.
	 */
	static final int COUNT_CAP = ListFilters.COUNT_CAP;

	/**
	 * Active organisations matching the filter: one query for the page's ids, one
	 * counting them (up to {@link #COUNT_CAP}, and not at all on the last page), one for
	 * its rows (and, with a text to search for, one setting how forgiving the typo search
	 * is). Every condition on the text can use an index: the full-text GIN index, and the
	 * trigram GIN indexes for similarity and prefixes.
	 */
	Page<Row> search(Filter filter, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("o.active");
		if (filter.q() != null) {
			where.append(" and ").append(MATCH);
			params.put("q", filter.q());
			params.put("prefix",
					filter.q().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			// one wrong letter in a ten-letter word gives a word similarity of about
			// 0.57; pg_trgm's default is 0.6
			this.entityManager
				.createNativeQuery(
						"select set_config('pg_trgm.word_similarity_threshold', '" + WORD_SIMILARITY + "', true)")
				.getSingleResult();
		}
		if (filter.municipalityId() != null) {
			where.append(" and o.municipality_id = :municipality");
			params.put("municipality", filter.municipalityId());
		}
		if (filter.activityArea() != null) {
			where.append(
					" and exists (select 1 from organization_activity a where a.organization_id = o.id and a.area = :area)");
			params.put("area", filter.activityArea().name());
		}
		if (filter.socialOriented()) {
			where.append(" and o.social_oriented");
		}
		if (filter.iopu()) {
			where.append(" and o.iopu");
		}
		if (filter.resourceCenter()) {
			where.append(" and o.resource_center");
		}
		String order = switch (filter.effectiveSort()) {
			case RELEVANCE -> SCORE + " desc, lower(o.name), o.id";
			case REGISTERED -> "o.registration_date desc nulls last, lower(o.name), o.id";
			case NAME -> "lower(o.name), o.id";
		};
		Query ids = this.entityManager.createNativeQuery("select o.id from organization o where " + where + " order by "
				+ order + " limit :limit offset :offset");
		params.forEach(ids::setParameter);
		ids.setParameter("limit", pageable.getPageSize());
		ids.setParameter("offset", pageable.getOffset());
		@SuppressWarnings("unchecked")
		List<Number> found = ids.getResultList();
		// counted up to one past the cap: a country's directory is not counted whole on
		// every page
		Query count = this.entityManager.createNativeQuery(
				"select count(*) from (select 1 from organization o where " + where + " limit :cap) counted");
		params.forEach(count::setParameter);
		count.setParameter("cap", COUNT_CAP + 1);
		long total = ((Number) count.getSingleResult()).longValue();
		if (found.isEmpty()) {
			return new PageImpl<>(List.of(), pageable, total);
		}
		return new PageImpl<>(rows(found.stream().map(Number::longValue).toList()), pageable, total);
	}

	/**
	 * The rows for these ids in this order, with municipality, areas and social pages, in
	 * one query.
	 */
	private List<Row> rows(List<Long> ids) {
		@SuppressWarnings("unchecked")
		List<Object[]> loaded = this.entityManager
			.createNativeQuery(
					"""
							select o.id, o.name, o.short_name, o.inn, o.ogrn, m.name as municipality,
							       o.social_oriented, o.iopu, o.resource_center,
							       (select string_agg(a.area, ',' order by a.area) from organization_activity a where a.organization_id = o.id) as areas,
							       (select string_agg(p.url, chr(10) order by p.position) from organization_social_page p where p.organization_id = o.id) as pages
							from organization o left join municipality m on m.id = o.municipality_id
							where o.id in (:ids)""")
			.setParameter("ids", ids)
			.getResultList();
		Map<Long, Row> byId = new HashMap<>();
		for (Object[] r : loaded) {
			long id = ((Number) r[0]).longValue();
			byId.put(id, new Row(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
					(Boolean) r[6], (Boolean) r[7], (Boolean) r[8], areas((String) r[9]), split((String) r[10], "\n")));
		}
		List<Row> rows = new ArrayList<>(ids.size());
		for (Long id : ids) {
			Row row = byId.get(id);
			if (row != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	/**
	 * The card of an active organisation, with private contacts for its representatives
	 * and administrators.
	 */
	Card card(long id) {
		Organization o = this.organizations.findById(id)
			.filter(Organization::isActive)
			.orElseThrow(() -> new NotFound("Организация не найдена"));
		String municipality = o.getMunicipalityId() == null ? null
				: this.municipalities.findById(o.getMunicipalityId()).map(Municipality::getName).orElse(null);
		Contacts contacts = OrganizationAccess.maySeeContacts(id)
				? new Contacts(o.getContactPerson(), o.getContactEmail(), o.getContactPhone()) : null;
		return new Card(o.getId(), o.getName(), o.getShortName(), o.getLegalForm(), o.getInn(), o.getOgrn(), o.getKpp(),
				o.getRegistrationDate(), o.getAddress(), municipality, o.getHeadName(), o.getHeadPosition(),
				o.getActivityAreas().stream().sorted(Comparator.naturalOrder()).toList(), o.isSocialOriented(),
				o.getSocialOrientedSince(), o.isIopu(), o.getIopuSince(), o.isResourceCenter(), o.getWebsite(),
				href(o.getWebsite()),
				o.getSocialPages()
					.stream()
					.map(p -> new SocialLink(p.getNetwork(), p.getUrl(), href(p.getUrl())))
					.toList(),
				o.getPublicEmail(), o.getPublicPhone(), o.getDescription(), contacts);
	}

	/**
	 * A safe link for an address as people write it ("nko.ru", "https://vk.com/x"); null
	 * for anything else.
	 */
	static String href(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String a = address.strip();
		if (a.regionMatches(true, 0, "https://", 0, 8) || a.regionMatches(true, 0, "http://", 0, 7)) {
			return a.contains(" ") ? null : a;
		}
		return a.matches("(?i)[a-zа-яё0-9][a-zа-яё0-9.-]*\\.[a-zа-яё]{2,}(/\\S*)?") ? "https://" + a : null;
	}

	private static List<ActivityArea> areas(String joined) {
		return split(joined, ",").stream().map(ActivityArea::valueOf).sorted().toList();
	}

	private static List<String> split(String joined, String separator) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator));
	}

}
