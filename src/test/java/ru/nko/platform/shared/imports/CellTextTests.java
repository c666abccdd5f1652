package ru.nko.platform.shared.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way to clean a cell's text: as read, as stored on one line, as a key for
 * comparing.
 */
class CellTextTests {

	@Test
	void trimsBlanksOfAnyKindAroundButKeepsTheInside() {
		assertThat(CellText.trim("\u00A0\uFEFF Первая строка\nвторая \u200B")).isEqualTo("Первая строка\nвторая");
		assertThat(CellText.trim(null)).isEmpty();
	}

	@Test
	void putsTextOnOneLine() {
		assertThat(CellText.line(" АНО\u00A0«Добрые\n  соседи» ")).isEqualTo("АНО «Добрые соседи»");
	}

	@Test
	void comparesHeadersAndNamesWithoutCaseQuotesMarksOrTrailingPunctuation() {
		assertThat(CellText.key("**Муниципальное  образование:**")).isEqualTo("муниципальное образование");
		assertThat(CellText.key("«Всеволожский» муниципальный район.")).isEqualTo("всеволожский муниципальный район");
		assertThat(CellText.key("Сокращённое наименование")).isEqualTo("сокращенное наименование");
	}

}
