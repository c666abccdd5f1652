package ru.nko.platform.directory;

import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Page;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nko.platform.directory.OrganizationQueries.Filter;
import ru.nko.platform.directory.OrganizationQueries.Row;
import ru.nko.platform.directory.OrganizationQueries.Sort;
import ru.nko.platform.system.ListFilters;

/**
 * The public directory of organisations: search with filters, and one organisation's
 * card.
 */
@Controller
class OrganizationDirectoryController {

	static final int PAGE_SIZE = 20;

	private final OrganizationQueries queries;

	private final ObjectProvider<OrganizationAssessments> assessments;

	private final DirectoryManagement directory;

	OrganizationDirectoryController(OrganizationQueries queries, ObjectProvider<OrganizationAssessments> assessments,
			DirectoryManagement directory) {
		this.directory = directory;
		this.queries = queries;
		this.assessments = assessments;
	}

	/** Page numbers in the address start at 1, as people count. */
	@GetMapping("/organizations")
	String list(ListQuery query, @RequestParam(defaultValue = "1") int page, Model model) {
		MunicipalityFilter place = this.directory.municipalityFilter(query.municipality());
		Filter filter = query.filter(place.selectedId());
		Page<Row> result = this.queries.search(filter, ListFilters.page(page, PAGE_SIZE));
		model.addAttribute("filter", filter);
		// as asked, else relevance (which is the order by name when nothing is searched
		// for)
		model.addAttribute("sort", filter.sort() != null ? filter.sort() : Sort.RELEVANCE);
		model.addAttribute("page", result);
		model.addAttribute("capped", result.getTotalElements() > OrganizationQueries.COUNT_CAP);
		model.addAttribute("rows", result.getContent());
		model.addAttribute("filtered",
				filter.q() != null || filter.municipalityId() != null || filter.activityArea() != null
						|| filter.socialOriented() || filter.iopu() || filter.resourceCenter());
		model.addAttribute("place", place);
		model.addAttribute("placeUrl", ListFilters.currentWithout("page", "municipality"));
		model.addAttribute("areas", ActivityArea.values());
		model.addAttribute("sorts", List.of(Sort.RELEVANCE, Sort.NAME, Sort.REGISTERED));
		model.addAttribute("pageUrl", ListFilters.currentWithoutPage());
		return "directory/organizations";
	}

	@GetMapping("/organizations/{id}")
	String card(@PathVariable long id, Model model) {
		model.addAttribute("org", this.queries.card(id));
		model.addAttribute("opennessLevel",
				this.assessments.stream()
					.map(assessments -> assessments.opennessLevels(List.of(id)).get(id))
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null));
		return "directory/organization";
	}

	/**
	 * The list's filters as the address gives them ({@code so}, {@code iopu}, {@code rc}:
	 * the statuses); a value that cannot be read is ignored.
	 */
	record ListQuery(String q, String municipality, String area, Boolean so, Boolean iopu, Boolean rc, String sort) {

		Filter filter(Long municipalityId) {
			return new Filter(this.q, municipalityId, ListFilters.option(ActivityArea.class, this.area),
					Boolean.TRUE.equals(this.so), Boolean.TRUE.equals(this.iopu), Boolean.TRUE.equals(this.rc),
					ListFilters.option(Sort.class, this.sort));
		}
	}

}
