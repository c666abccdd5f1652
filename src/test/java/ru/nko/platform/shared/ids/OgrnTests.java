package ru.nko.platform.shared.ids;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OgrnTests {

	private static final String EMPTY = "Укажите ОГРН";

	private static final String SHAPE = "ОГРН состоит из 13 цифр (у организации) или 15 цифр (у индивидуального предпринимателя)";

	private static final String CHECK_DIGIT = "ОГРН указан с ошибкой: не сходится контрольная цифра. Проверьте цифры по выписке из ЕГРЮЛ";

	@ParameterizedTest
	@ValueSource(strings = { "1027700132195", "1024700123458", "1024700159164", "1024700230587", "304470012345678" })
	void realWorldShapedNumbersAreAccepted(String text) {
		assertThat(Ogrn.problem(text)).isEmpty();
		assertThat(new Ogrn(text).value()).isEqualTo(text);
	}

	@Test
	void aRemainderOfTenOrMoreIsTakenModTen() {
		// 102470012347 mod 11 = 10 and 30447001234570 mod 13 = 11: the check digit is the
		// last digit of the remainder.
		assertThat(Ogrn.problem("1024700123470")).isEmpty();
		assertThat(Ogrn.problem("304470012345701")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1027700132195", "304470012345678" })
	void everySingleDigitChangeOfAValidNumberIsRejected(String valid) {
		// Both samples have remainders below 10 and above 2, so no typo can land on an
		// alias remainder.
		for (int position = 0; position < valid.length(); position++) {
			for (char digit = '0'; digit <= '9'; digit++) {
				if (digit == valid.charAt(position)) {
					continue;
				}
				String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
				assertThat(Ogrn.problem(typo)).as(typo).contains(CHECK_DIGIT);
				assertThatIllegalArgumentException().as(typo).isThrownBy(() -> new Ogrn(typo)).withMessage(CHECK_DIGIT);
			}
		}
	}

	@Test
	void parseToleratesSpacesNonBreakingSpacesAndDashes() {
		assertThat(Ogrn.parse(" 1 02 77 00 13219-5 ").value()).isEqualTo("1027700132195");
		assertThat(Ogrn.parse("1027700\u00A0132195").value()).isEqualTo("1027700132195");
		assertThat(Ogrn.parse("304-470-012-345-678").value()).isEqualTo("304470012345678");
	}

	@Test
	void theConstructorTakesOnlyTheCleanValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Ogrn(" 1027700132195")).withMessage(SHAPE);
	}

	@Test
	void emptyInputAsksForTheNumber() {
		assertThat(Ogrn.problem(null)).contains(EMPTY);
		assertThat(Ogrn.problem("")).contains(EMPTY);
		assertThat(Ogrn.problem(" - ")).contains(EMPTY);
		assertThatIllegalArgumentException().isThrownBy(() -> new Ogrn(null)).withMessage(EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "102770013219", "10277001321950", "3044700123456789", "10277001321O5", "+027700132195" })
	void wrongLengthOrNonDigitsExplainTheShape(String text) {
		assertThat(Ogrn.problem(text)).contains(SHAPE);
		assertThatIllegalArgumentException().isThrownBy(() -> Ogrn.parse(text)).withMessage(SHAPE);
	}

	@Test
	void aWrongCheckDigitIsReportedAsSuch() {
		assertThat(Ogrn.problem("1027700132196")).contains(CHECK_DIGIT);
		assertThat(Ogrn.problem("304470012345679")).contains(CHECK_DIGIT);
		assertThatIllegalArgumentException().isThrownBy(() -> Ogrn.parse("1027700132196")).withMessage(CHECK_DIGIT);
	}

	@Test
	void thirteenDigitsMeanAnOrganisationAndFifteenAnIndividual() {
		assertThat(Ogrn.parse("1027700132195").organisation()).isTrue();
		assertThat(Ogrn.parse("304470012345678").organisation()).isFalse();
	}

	@Test
	void printsAsTheBareNumber() {
		assertThat(Ogrn.parse("1027700 132195")).hasToString("1027700132195");
	}

}
