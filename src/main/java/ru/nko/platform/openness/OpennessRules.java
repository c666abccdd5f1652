package ru.nko.platform.openness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.SocialNetwork;

/**
 * Evaluates an organisation against the checklist from its card and published documents:
 * which criteria are met, what to do about the others, a score (the share of the weights
 * met) and a level.
 */
final class OpennessRules {

	/** Score from which the level is "advanced" (all required criteria met as well). */
	static final int ADVANCED_FROM = 70;

	/** Score from which the level is "exemplary". */
	static final int EXEMPLARY_FROM = 90;

	/** A description shorter than this says too little about the projects. */
	static final int DESCRIPTION_MIN = 50;

	private OpennessRules() {
	}

	/** What the rules need of a criterion. */
	record CriterionFacts(String code, String name, String explanation, int weight, CheckKind kind, String target,
			boolean required) {
	}

	/** What the rules need of a published document. */
	record DocumentFacts(DocumentKind kind, Integer year) {
	}

	/**
	 * One criterion's outcome; {@code advice} is the explanation when the criterion is
	 * not met.
	 */
	record Result(String code, String name, boolean met, boolean required, int weight, String advice, CheckKind kind,
			String target) {

		/**
		 * Where the criterion is met: the card form's field for a field or a link, the
		 * document form of the self-check for a document or a report.
		 */
		public String where(long organizationId) {
			return switch (this.kind) {
				case FIELD_FILLED, LINK_GIVEN -> "/organizations/" + organizationId + "/edit#f-" + field(this.target);
				case DOCUMENT_PUBLISHED, REPORT_FOR_LAST_YEAR ->
					"/organizations/" + organizationId + "/openness#f-kind";
			};
		}

		/** The card form's field a check target is filled in. */
		private static String field(String target) {
			return switch (target == null ? "" : target) {
				case "PUBLIC_CONTACTS" -> "publicEmail";
				case "HEAD_NAME" -> "headName";
				case "DESCRIPTION" -> "description";
				case "ADDRESS" -> "address";
				case "SOCIAL_PAGE" -> "vk";
				default -> "website";
			};
		}
	}

	/** The evaluation of one organisation. */
	record Evaluation(int score, OpennessLevel level, boolean requiredMet, boolean socialGroup, List<Result> results) {
	}

	static Evaluation evaluate(OrganizationData organization, List<DocumentFacts> documents,
			List<CriterionFacts> criteria, LocalDate today) {
		List<Result> results = new ArrayList<>();
		int total = 0;
		int met = 0;
		boolean requiredMet = true;
		for (CriterionFacts criterion : criteria) {
			boolean ok = met(criterion, organization, documents, today);
			results.add(new Result(criterion.code(), criterion.name(), ok, criterion.required(), criterion.weight(),
					ok ? null : criterion.explanation(), criterion.kind(), criterion.target()));
			total += criterion.weight();
			met += ok ? criterion.weight() : 0;
			requiredMet &= ok || !criterion.required();
		}
		int score = total == 0 ? 0 : Math.round(met * 100f / total);
		return new Evaluation(score, level(score, requiredMet), requiredMet, hasSocialGroup(organization), results);
	}

	static OpennessLevel level(int score, boolean requiredMet) {
		if (!requiredMet) {
			return OpennessLevel.LOW;
		}
		if (score >= EXEMPLARY_FROM) {
			return OpennessLevel.EXEMPLARY;
		}
		return score >= ADVANCED_FROM ? OpennessLevel.ADVANCED : OpennessLevel.BASIC;
	}

	static boolean hasSocialGroup(OrganizationData organization) {
		return organization.socialPages()
			.stream()
			.anyMatch(page -> page.network() != SocialNetwork.OTHER && filled(page.url()));
	}

	private static boolean met(CriterionFacts criterion, OrganizationData organization, List<DocumentFacts> documents,
			LocalDate today) {
		return switch (criterion.kind()) {
			case FIELD_FILLED -> switch (criterion.target()) {
				case "PUBLIC_CONTACTS" -> filled(organization.publicEmail()) || filled(organization.publicPhone());
				case "HEAD_NAME" -> filled(organization.headName());
				case "DESCRIPTION" -> organization.description() != null
						&& organization.description().strip().length() >= DESCRIPTION_MIN;
				case "ADDRESS" -> filled(organization.address());
				default -> false;
			};
			case LINK_GIVEN -> switch (criterion.target()) {
				case "WEBSITE" -> filled(organization.website());
				case "SOCIAL_PAGE" -> hasSocialGroup(organization);
				case "WEBSITE_OR_SOCIAL" -> filled(organization.website()) || !organization.socialPages().isEmpty();
				default -> false;
			};
			case DOCUMENT_PUBLISHED ->
				documents.stream().anyMatch(document -> document.kind().name().equals(criterion.target()));
			// a report for last year is what can exist in any month of this one; this
			// year's counts too
			case REPORT_FOR_LAST_YEAR -> documents.stream()
				.anyMatch(document -> document.kind().name().equals(criterion.target()) && document.year() != null
						&& document.year() >= today.getYear() - 1);
		};
	}

	private static boolean filled(String text) {
		return text != null && !text.isBlank();
	}

}
