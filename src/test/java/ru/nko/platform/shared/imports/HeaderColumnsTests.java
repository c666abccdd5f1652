package ru.nko.platform.shared.imports;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One header matching for every import: wordings as words, each column once, in any
 * order.
 */
class HeaderColumnsTests {

	private enum Column {

		NAME("полное наименование", "наименование"), INN("инн"), RESULT("результат"), OK("ок");

		final List<String> wordings;

		Column(String... wordings) {
			this.wordings = List.of(wordings);
		}

	}

	private static Map<Column, Integer> find(String... cells) {
		return HeaderColumns.find(new TableRow(1, List.of(cells)), Column.class, column -> column.wordings);
	}

	@Test
	void findsColumnsByTheirWordsInAnyOrderAndSpelling() {
		assertThat(find("ИНН организации:", "", "«Полное  наименование»*", "Ок"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(Column.INN, 0, Column.NAME, 2, Column.OK, 3));
	}

	@Test
	void aWordingMustEndAWord() {
		assertThat(find("Результаты", "ОКВЭД", "Иннокентий")).isEmpty();
	}

	@Test
	void eachColumnTakesTheFirstCellThatNamesIt() {
		assertThat(find("Наименование", "Полное наименование", "ИНН"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(Column.NAME, 0, Column.INN, 2));
	}

}
