package ru.nko.platform.shared.ids;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InnTests {

	private static final String EMPTY = "Укажите ИНН";

	private static final String SHAPE = "ИНН состоит из 10 цифр (у организации) или 12 цифр (у индивидуального предпринимателя)";

	private static final String CHECK_DIGIT = "ИНН указан с ошибкой: не сходится контрольная цифра. Проверьте цифры по выписке из ЕГРЮЛ";

	@ParameterizedTest
	@ValueSource(strings = { "7707083893", "4703050002", "4703062375", "4703087115", "500100732259" })
	void realWorldShapedNumbersAreAccepted(String text) {
		assertThat(Inn.problem(text)).isEmpty();
		assertThat(new Inn(text).value()).isEqualTo(text);
	}

	@Test
	void aCheckSumOfTenGivesCheckDigitZero() {
		// Weighted sum mod 11 is 10 here: the FNS rule takes it mod 10 once more.
		assertThat(Inn.problem("4703010000")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "7707083893", "500100732259" })
	void everySingleDigitChangeOfAValidNumberIsRejected(String valid) {
		// Both samples have weighted remainders other than 0 and 10, so any one-digit
		// typo must be caught.
		for (int position = 0; position < valid.length(); position++) {
			for (char digit = '0'; digit <= '9'; digit++) {
				if (digit == valid.charAt(position)) {
					continue;
				}
				String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
				assertThat(Inn.problem(typo)).as(typo).contains(CHECK_DIGIT);
				assertThatIllegalArgumentException().as(typo).isThrownBy(() -> new Inn(typo)).withMessage(CHECK_DIGIT);
			}
		}
	}

	@Test
	void parseToleratesSpacesNonBreakingSpacesAndDashes() {
		assertThat(Inn.parse("  7707 083-893 ").value()).isEqualTo("7707083893");
		assertThat(Inn.parse("7707\u00A0083\u00A0893").value()).isEqualTo("7707083893");
		assertThat(Inn.parse("5001-0073-2259").value()).isEqualTo("500100732259");
		assertThat(Inn.problem(" 7707-083-893\t")).isEmpty();
	}

	@Test
	void theConstructorTakesOnlyTheCleanValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Inn("7707 083893")).withMessage(SHAPE);
	}

	@Test
	void emptyInputAsksForTheNumber() {
		assertThat(Inn.problem(null)).contains(EMPTY);
		assertThat(Inn.problem("")).contains(EMPTY);
		assertThat(Inn.problem(" \u00A0- ")).contains(EMPTY);
		assertThatIllegalArgumentException().isThrownBy(() -> Inn.parse("  ")).withMessage(EMPTY);
		assertThatIllegalArgumentException().isThrownBy(() -> new Inn(null)).withMessage(EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "770708389", "77070838931", "7707083893123", "77070838a3", "ИНН7707083893", "٧٧٠٧٠٨٣٨٩٣" })
	void wrongLengthOrNonDigitsExplainTheShape(String text) {
		assertThat(Inn.problem(text)).contains(SHAPE);
		assertThatIllegalArgumentException().isThrownBy(() -> Inn.parse(text)).withMessage(SHAPE);
	}

	@Test
	void aWrongCheckDigitIsReportedAsSuch() {
		assertThat(Inn.problem("7707083894")).contains(CHECK_DIGIT);
		assertThat(Inn.problem("500100732250")).contains(CHECK_DIGIT);
		assertThatIllegalArgumentException().isThrownBy(() -> Inn.parse("7707083894")).withMessage(CHECK_DIGIT);
	}

	@Test
	void tenDigitsMeanAnOrganisationAndTwelveAnIndividual() {
		assertThat(Inn.parse("7707083893").organisation()).isTrue();
		assertThat(Inn.parse("500100732259").organisation()).isFalse();
	}

	@Test
	void printsAsTheBareNumber() {
		assertThat(Inn.parse("7707 083 893")).hasToString("7707083893");
	}

}
