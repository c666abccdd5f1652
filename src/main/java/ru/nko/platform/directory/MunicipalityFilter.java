package ru.nko.platform.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ru.nko.platform.system.ListFilters;

/**
 * The municipality filter of a list as the region's size allows: a choice from the list
 * when there are few municipalities (a region has dozens), else a field where the person
 * types part of the name (a country has thousands): one match filters the list, several
 * are offered to choose from.
 *
 * @param options every municipality, when they are few; null when they are typed
 * @param selectedId the municipality the list is filtered by, or null
 * @param text what was typed (or the chosen municipality's name), or null
 * @param candidates the municipalities the text matches when it matches several
 */
public record MunicipalityFilter(List<MunicipalityRef> options, Long selectedId, String text,
		List<MunicipalityRef> candidates) {

	/** Up to this many municipalities are offered as a list. */
	public static final int LIST_MAX = 100;

	/** How many matches of a typed name are offered to choose from. */
	public static final int CANDIDATES_MAX = 20;

	public MunicipalityFilter {
		candidates = List.copyOf(candidates);
	}

	/**
	 * The filter from what the address gives ({@code municipality}: an id chosen from the
	 * list, or a typed part of a name), over all municipalities in their usual order.
	 */
	public static MunicipalityFilter of(List<MunicipalityRef> all, String given) {
		String text = given == null || given.isBlank() ? null : given.strip();
		Long id = ListFilters.id(text);
		if (all.size() <= LIST_MAX) {
			return new MunicipalityFilter(all, id, null, List.of());
		}
		if (id != null) {
			return all.stream()
				.filter(m -> m.id() == id)
				.findFirst()
				.map(m -> new MunicipalityFilter(null, m.id(), m.name(), List.of()))
				.orElse(new MunicipalityFilter(null, null, null, List.of()));
		}
		if (text == null) {
			return new MunicipalityFilter(null, null, null, List.of());
		}
		String part = text.toLowerCase(Locale.ROOT);
		List<MunicipalityRef> found = all.stream()
			.filter(m -> m.name().toLowerCase(Locale.ROOT).contains(part))
			.sorted(Comparator.comparing(MunicipalityRef::name))
			.limit(CANDIDATES_MAX + 1)
			.toList();
		if (found.size() == 1) {
			return new MunicipalityFilter(null, found.get(0).id(), found.get(0).name(), List.of());
		}
		return new MunicipalityFilter(null, null, text, found);
	}

	/** Whether the municipalities are offered as a list. */
	public boolean asList() {
		return this.options != null;
	}

}
