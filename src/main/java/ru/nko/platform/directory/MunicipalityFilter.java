package ru.nko.platform.directory;

import java.util.List;

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

	/** Whether the municipalities are offered as a list. */
	public boolean asList() {
		return this.options != null;
	}

}
