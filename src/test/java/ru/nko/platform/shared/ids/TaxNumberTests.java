package ru.nko.platform.shared.ids;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every tax identifier shares: the separators people copy along with the digits, the
 * shape, the check sum.
 */
class TaxNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { " ", "\u00A0", "\u2009", "\u202F", "\u200B", "-", "\u2013", "\u2212" })
	void everyIdentifierReadsTheSameSeparatorsBetweenItsDigits(String separator) {
		assertThat(Inn.parse("4703" + separator + "050002").value()).isEqualTo("4703050002");
		assertThat(Ogrn.parse("1027700" + separator + "132195").value()).isEqualTo("1027700132195");
		assertThat(Kpp.parse("4703" + separator + "01001").value()).isEqualTo("470301001");
	}

	@Test
	void theShapeIsAsciiDigitsOfOneOfTheLengths() {
		assertThat(TaxNumber.shape("", "empty", "shape", 10)).contains("empty");
		assertThat(TaxNumber.shape("470305000", "empty", "shape", 10, 12)).contains("shape");
		assertThat(TaxNumber.shape("47030500٠٢", "empty", "shape", 10)).contains("shape");
		assertThat(TaxNumber.shape("4703050002", "empty", "shape", 10, 12)).isEmpty();
	}

	@Test
	void theWeightedCheckDigitIsTheSumModElevenModTen() {
		assertThat(TaxNumber.weightedCheckDigit("7707083893", new int[] { 2, 4, 10, 3, 5, 9, 4, 6, 8 })).isEqualTo(3);
		assertThat(TaxNumber.weightedCheckDigit("4703010000", new int[] { 2, 4, 10, 3, 5, 9, 4, 6, 8 })).isZero();
	}

}
