package ru.nko.platform.decisions;

import java.util.List;

/**
 * What a new decision of a meeting may refer to: the municipality's open problems and
 * open plan items.
 */
public record DecisionChoices(List<Choice> problems, List<Choice> planItems) {

	/**
	 * Nothing to choose from (a regional meeting, or a viewer who cannot add decisions).
	 */
	public static final DecisionChoices NONE = new DecisionChoices(List.of(), List.of());

	/** One choice; {@code year} is a plan item's plan year, null for a problem. */
	public record Choice(long id, String title, Integer year) {
	}
}
