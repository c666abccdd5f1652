package ru.nko.platform.shared.ids;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KppTests {

	private static final String SHAPE = "КПП состоит из 9 знаков, например 470301001";

	@ParameterizedTest
	@ValueSource(strings = { "470301001", "773601001", "7707AB001", "47030Z001" })
	void nineCharactersWithLettersOnlyInTheReasonCodeAreAccepted(String text) {
		assertThat(Kpp.problem(text)).isEmpty();
		assertThat(new Kpp(text).value()).isEqualTo(text);
	}

	@Test
	void parseToleratesSpacesDashesAndLowerCaseLetters() {
		assertThat(Kpp.parse(" 4703 01 001 ").value()).isEqualTo("470301001");
		assertThat(Kpp.parse("4703-01-001").value()).isEqualTo("470301001");
		assertThat(Kpp.parse("4703\u00A0ab\u00A0001").value()).isEqualTo("4703AB001");
	}

	@Test
	void emptyInputAsksForTheNumber() {
		assertThat(Kpp.problem(null)).contains("Укажите КПП");
		assertThat(Kpp.problem("  ")).contains("Укажите КПП");
		assertThatIllegalArgumentException().isThrownBy(() -> new Kpp("")).withMessage("Укажите КПП");
	}

	@ParameterizedTest
	@ValueSource(strings = { "47030100", "4703010011", "A70301001", "470301A01", "4703АБ001", "4703.01001" })
	void anythingElseExplainsTheShape(String text) {
		assertThat(Kpp.problem(text)).contains(SHAPE);
		assertThatIllegalArgumentException().isThrownBy(() -> Kpp.parse(text)).withMessage(SHAPE);
	}

	@Test
	void theConstructorTakesOnlyTheCleanValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Kpp("4703ab001")).withMessage(SHAPE);
	}

	@Test
	void printsAsTheBareCode() {
		assertThat(Kpp.parse("4703 01 001")).hasToString("470301001");
	}

}
