package ru.nko.platform.openness;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.SocialNetwork;

import static org.assertj.core.api.Assertions.assertThat;

class OpennessRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	/** The seeded basic standard (V9 migration), as the rules see it. */
	private static final List<OpennessRules.CriterionFacts> STANDARD = List.of(
			criterion("CONTACTS", 10, CheckKind.FIELD_FILLED, "PUBLIC_CONTACTS", true),
			criterion("HEAD", 5, CheckKind.FIELD_FILLED, "HEAD_NAME", true),
			criterion("CHARTER", 10, CheckKind.DOCUMENT_PUBLISHED, "CHARTER", true),
			criterion("WEB_PRESENCE", 15, CheckKind.LINK_GIVEN, "WEBSITE_OR_SOCIAL", true),
			criterion("SOCIAL_GROUP", 15, CheckKind.LINK_GIVEN, "SOCIAL_PAGE", false),
			criterion("ANNUAL_REPORT", 15, CheckKind.REPORT_FOR_LAST_YEAR, "ANNUAL_REPORT", true),
			criterion("MINJUST_REPORTS", 10, CheckKind.REPORT_FOR_LAST_YEAR, "MINJUST_REPORT", false),
			criterion("PROJECTS", 10, CheckKind.FIELD_FILLED, "DESCRIPTION", false),
			criterion("FINANCIAL_REPORT", 10, CheckKind.REPORT_FOR_LAST_YEAR, "FINANCIAL_REPORT", false));

	private static OpennessRules.CriterionFacts criterion(String code, int weight, CheckKind kind, String target,
			boolean required) {
		return new OpennessRules.CriterionFacts(code, code, "Совет: " + code, weight, kind, target, required);
	}

	private static OrganizationData organization(String email, String head, String website, String description,
			List<OrganizationData.SocialPageLink> pages) {
		return new OrganizationData("АНО «Проба»", null, null, "4703050002", null, null, null, null, 1L, true, null,
				false, null, false, true, website, email, null, head, null, description, null, null, null, Set.of(),
				pages);
	}

	@Test
	void anOrganisationWithNothingPublicMeetsNothingAndIsToldWhatToDoForEachCriterion() {
		var evaluation = OpennessRules.evaluate(organization(null, null, null, null, List.of()), List.of(), STANDARD,
				TODAY);

		assertThat(evaluation.score()).isZero();
		assertThat(evaluation.level()).isEqualTo(OpennessLevel.LOW);
		assertThat(evaluation.requiredMet()).isFalse();
		assertThat(evaluation.results()).allSatisfy(result -> assertThat(result.advice()).startsWith("Совет:"));
	}

	@Test
	void meetingEveryRequiredCriterionGivesTheBasicLevel() {
		var evaluation = OpennessRules.evaluate(
				organization("info@proba.ru", "Иванова И. И.", "https://proba.ru", null, List.of()),
				List.of(new OpennessRules.DocumentFacts(DocumentKind.CHARTER, null),
						new OpennessRules.DocumentFacts(DocumentKind.ANNUAL_REPORT, 2025)),
				STANDARD, TODAY);

		assertThat(evaluation.requiredMet()).isTrue();
		assertThat(evaluation.score()).isEqualTo(55);
		assertThat(evaluation.level()).isEqualTo(OpennessLevel.BASIC);
		assertThat(evaluation.socialGroup()).isFalse();
	}

	@Test
	void aSocialGroupAndTheOtherReportsRaiseTheLevel() {
		var pages = List.of(new OrganizationData.SocialPageLink(SocialNetwork.VK, "https://vk.com/proba"));
		String projects = "Проводим занятия для детей с инвалидностью и их родителей, организуем летний лагерь.";
		var documents = List.of(new OpennessRules.DocumentFacts(DocumentKind.CHARTER, null),
				new OpennessRules.DocumentFacts(DocumentKind.ANNUAL_REPORT, 2025),
				new OpennessRules.DocumentFacts(DocumentKind.MINJUST_REPORT, 2025));

		var advanced = OpennessRules.evaluate(organization("info@proba.ru", "Иванова И. И.", null, projects, pages),
				documents, STANDARD, TODAY);
		assertThat(advanced.score()).isEqualTo(90);
		assertThat(advanced.level()).isEqualTo(OpennessLevel.EXEMPLARY);
		assertThat(advanced.socialGroup()).isTrue();
	}

	@Test
	void anOldAnnualReportDoesNotCount() {
		var evaluation = OpennessRules.evaluate(
				organization("info@proba.ru", "Иванова И. И.", "https://proba.ru", null, List.of()),
				List.of(new OpennessRules.DocumentFacts(DocumentKind.CHARTER, null),
						new OpennessRules.DocumentFacts(DocumentKind.ANNUAL_REPORT, 2023)),
				STANDARD, TODAY);

		assertThat(evaluation.requiredMet()).isFalse();
		assertThat(evaluation.results()).filteredOn(result -> result.code().equals("ANNUAL_REPORT"))
			.singleElement()
			.satisfies(result -> assertThat(result.met()).isFalse());
	}

	@Test
	void aShortDescriptionDoesNotDescribeProjects() {
		var shortText = OpennessRules.evaluate(organization(null, null, null, "Помогаем.", List.of()), List.of(),
				STANDARD, TODAY);
		assertThat(shortText.results()).filteredOn(result -> result.code().equals("PROJECTS"))
			.singleElement()
			.satisfies(result -> assertThat(result.met()).isFalse());
	}

	@Test
	void levelsFollowTheScoreOnlyOnceTheRequiredCriteriaAreMet() {
		assertThat(OpennessRules.level(100, false)).isEqualTo(OpennessLevel.LOW);
		assertThat(OpennessRules.level(69, true)).isEqualTo(OpennessLevel.BASIC);
		assertThat(OpennessRules.level(70, true)).isEqualTo(OpennessLevel.ADVANCED);
		assertThat(OpennessRules.level(90, true)).isEqualTo(OpennessLevel.EXEMPLARY);
	}

}
