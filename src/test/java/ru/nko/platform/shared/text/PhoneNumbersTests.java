package ru.nko.platform.shared.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Telephone numbers as officials write them, told apart from formulas. */
class PhoneNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "+7 (812) 123-45-67", "+7 812 1234567", "8-812-123-45-67", "8 (81370) 2-15-15 доб. 123",
			"+78121234567", "+7 (921) 000-00-00, +7 (812) 765-43-21", "123-45-67" })
	void readsNumbersAsPeopleWriteThem(String text) {
		assertThat(PhoneNumbers.looksLikePhone(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+7+cmd|' /C calc'!A0", "=1+1", "-2+3", "+1+1", "@SUM(A1)", "+7 (812) звонить", "123", "+",
			"" })
	void refusesFormulasAndWords(String text) {
		assertThat(PhoneNumbers.looksLikePhone(text)).isFalse();
	}

}
