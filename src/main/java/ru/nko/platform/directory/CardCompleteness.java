package ru.nko.platform.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How complete an organisation's card is: the fields people look for (address, a site or
 * a social page, a way to write or call, the head, a description, the areas of work), in
 * the order of the form; each named by the anchor of its field ({@code f-…}). The card
 * form shows it to the representative, and their cabinet lists what is missing.
 */
final class CardCompleteness {

	private static final Map<String, Predicate<OrganizationData>> MISSING = missingRules();

	private CardCompleteness() {
	}

	/** The important fields the card lacks, in the order of the form. */
	static List<String> missing(OrganizationData card) {
		return MISSING.entrySet().stream().filter(rule -> rule.getValue().test(card)).map(Map.Entry::getKey).toList();
	}

	/** How much of the important part is filled in, 0 to 100. */
	static int percent(OrganizationData card) {
		return (MISSING.size() - missing(card).size()) * 100 / MISSING.size();
	}

	private static Map<String, Predicate<OrganizationData>> missingRules() {
		Map<String, Predicate<OrganizationData>> rules = new LinkedHashMap<>();
		rules.put("address", card -> blank(card.address()));
		rules.put("website", card -> blank(card.website()) && card.socialPages().isEmpty());
		rules.put("publicEmail", card -> blank(card.publicEmail()) && blank(card.publicPhone()));
		rules.put("headName", card -> blank(card.headName()));
		rules.put("description", card -> blank(card.description()));
		rules.put("areas", card -> card.activityAreas().isEmpty());
		return rules;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
