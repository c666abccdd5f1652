package ru.nko.platform.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.nko.platform.directory.OrganizationQueries.Card;
import ru.nko.platform.directory.OrganizationQueries.Filter;
import ru.nko.platform.directory.OrganizationQueries.Row;
import ru.nko.platform.system.ListFilters;

/**
 * The directory of organisations over REST: public fields for everyone, private contacts
 * for their own people.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Реестр НКО", description = "Некоммерческие организации региона: поиск и карточка организации")
class OrganizationApiController {

	static final int MAX_SIZE = 100;

	private final OrganizationQueries queries;

	private final ObjectProvider<OrganizationAssessments> assessments;

	OrganizationApiController(OrganizationQueries queries, ObjectProvider<OrganizationAssessments> assessments) {
		this.queries = queries;
		this.assessments = assessments;
	}

	record ItemJson(long id, String inn, String ogrn, String name, String municipality, List<String> socialGroups,
			String opennessLevel) {
	}

	/**
	 * A page of organisations; {@code total} counts up to 1 000, and {@code totalCapped}
	 * says there are more.
	 */
	record ListJson(List<ItemJson> items, long total, boolean totalCapped) {
	}

	record SocialPageJson(SocialNetwork network, String url) {
	}

	record ContactsJson(String contactPerson, String contactEmail, String contactPhone) {
	}

	record CardJson(long id, String name, String shortName, String legalForm, String inn, String ogrn, String kpp,
			LocalDate registrationDate, String address, String municipality, String headName, String headPosition,
			List<ActivityArea> activityAreas, boolean socialOriented, LocalDate socialOrientedSince, boolean iopu,
			LocalDate iopuSince, boolean resourceCenter, String website, List<SocialPageJson> socialPages,
			String publicEmail, String publicPhone, String description, @JsonUnwrapped ContactsJson contacts) {
	}

	@GetMapping("/organizations")
	@Operation(summary = "Поиск организаций по названию и описанию",
			description = "Понимает формы слов, опечатки и начало названия; только действующие организации. "
					+ "municipality — id муниципального образования; страницы с 0, size не больше 100. "
					+ "socialGroups — адреса страниц в социальных сетях; opennessLevel — уровень информационной открытости: LOW, BASIC, ADVANCED, EXEMPLARY. "
					+ "total — сколько найдено, но не больше 1 000: если найдено больше, totalCapped = true (уточните запрос).")
	ListJson search(@Parameter(description = "Что искать") @RequestParam(required = false) String q,
			@Parameter(description = "Id муниципального образования") @RequestParam(required = false) Long municipality,
			@Parameter(description = "Номер страницы, с 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Размер страницы, от 1 до 100") @RequestParam(defaultValue = "20") int size) {
		Filter filter = new Filter(q, municipality, null, false, false, false, null);
		Page<Row> result = this.queries.search(filter, ListFilters.apiPage(page, size, MAX_SIZE));
		Map<Long, String> levels = this.assessments.stream()
			.findFirst()
			.map(assessment -> assessment.opennessLevels(result.getContent().stream().map(Row::id).toList()))
			.orElse(Map.of());
		return new ListJson(
				result.getContent()
					.stream()
					.map(r -> new ItemJson(r.id(), r.inn(), r.ogrn(), r.name(), r.municipality(), r.socialPages(),
							levels.get(r.id())))
					.toList(),
				Math.min(result.getTotalElements(), OrganizationQueries.COUNT_CAP),
				result.getTotalElements() > OrganizationQueries.COUNT_CAP);
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "Карточка организации",
			description = "Открытые сведения видны всем; contactPerson, contactEmail и contactPhone приходят только "
					+ "администраторам и представителям этой организации, остальным этих полей в ответе нет.")
	CardJson card(@PathVariable long id) {
		Card c = this.queries.card(id);
		ContactsJson contacts = c.contacts() == null ? null
				: new ContactsJson(c.contacts().person(), c.contacts().email(), c.contacts().phone());
		return new CardJson(c.id(), c.name(), c.shortName(), c.legalForm(), c.inn(), c.ogrn(), c.kpp(),
				c.registrationDate(), c.address(), c.municipality(), c.headName(), c.headPosition(), c.activityAreas(),
				c.socialOriented(), c.socialOrientedSince(), c.iopu(), c.iopuSince(), c.resourceCenter(), c.website(),
				c.socialPages().stream().map(p -> new SocialPageJson(p.network(), p.url())).toList(), c.publicEmail(),
				c.publicPhone(), c.description(), contacts);
	}

}
