package ru.nko.platform.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How executor names are brought to the form the body directory matches on. */
class BodyNamesTests {

	@Test
	void lowersTheCaseAndWritesYoAsYe() {
		assertThat(BodyNames.normalizeName("Комитет по печати Ленинградской области"))
			.isEqualTo("комитет по печати ленинградской области");
		assertThat(BodyNames.normalizeName("Определён Объём")).isEqualTo("определен объем");
	}

	@Test
	void dropsQuotesOfEveryKind() {
		assertThat(BodyNames.normalizeName("ГБУ «Ленинградский областной ресурсный центр»"))
			.isEqualTo("гбу ленинградский областной ресурсный центр");
		assertThat(BodyNames.normalizeName("АНО \"Центр\" “Развитие” „Мост“ 'Свет'"))
			.isEqualTo("ано центр развитие мост свет");
	}

	@Test
	void dropsTheByAgreementMark() {
		assertThat(BodyNames.normalizeName("Общественная палата Ленинградской области (по согласованию)"))
			.isEqualTo("общественная палата ленинградской области");
		assertThat(BodyNames.normalizeName("Общественная палата ( По  Согласованию )"))
			.isEqualTo("общественная палата");
	}

	@Test
	void turnsPunctuationIntoSpacesButKeepsSlashAndHyphen() {
		assertThat(
				BodyNames.normalizeName("Главы администраций муниципальных районов/городского округа; IT-центр, (ЛО)."))
			.isEqualTo("главы администраций муниципальных районов/городского округа it-центр ло");
	}

	@Test
	void collapsesWhitespaceIncludingNonBreakingSpaces() {
		assertThat(BodyNames.normalizeName("  Комитет\u00A0 общественных\t\tкоммуникаций \n"))
			.isEqualTo("комитет общественных коммуникаций");
	}

	@Test
	void turnsTheGenitiveAfterWithAttractionIntoTheNominative() {
		assertThat(BodyNames.normalizeName("ресурсных центров НКО Ленинградской области"))
			.isEqualTo("ресурсные центры нко ленинградской области");
		assertThat(BodyNames.normalizeName("Общественной палаты Ленинградской области"))
			.isEqualTo("общественная палата ленинградской области");
		assertThat(BodyNames.normalizeName("комитета по печати Ленинградской области"))
			.isEqualTo("комитет по печати ленинградской области");
	}

	@Test
	void declinesOnlyTheHeadOfTheName() {
		// "ресурсных центров" inside the name is a genitive that belongs there
		assertThat(BodyNames.normalizeName("Обучение сотрудников ресурсных центров"))
			.isEqualTo("обучение сотрудников ресурсных центров");
		assertThat(BodyNames.normalizeName("Ресурсные центры НКО")).isEqualTo("ресурсные центры нко");
	}

	@Test
	void givesTheSameFormToTheNominativeAndTheGenitiveOfOneBody() {
		assertThat(BodyNames.normalizeName("ресурсных центров НКО Ленинградской области"))
			.isEqualTo(BodyNames.normalizeName("Ресурсные центры НКО Ленинградской области"));
	}

	@Test
	void makesAnEmptyNameOfNothing() {
		assertThat(BodyNames.normalizeName(null)).isEmpty();
		assertThat(BodyNames.normalizeName(" «» ; ")).isEmpty();
	}

}
