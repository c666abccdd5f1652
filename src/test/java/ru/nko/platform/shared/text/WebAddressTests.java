package ru.nko.platform.shared.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which texts are web page addresses, and how they are stored. */
class WebAddressTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "https://dobrye-sosedi.ru|https://dobrye-sosedi.ru",
					"vk.com/dobrye_sosedi|https://vk.com/dobrye_sosedi",
					"http://example.ru:8080/a?b=c#d|http://example.ru:8080/a?b=c#d", "сайт-нко.рф|https://сайт-нко.рф",
					"t.me/канал_нко|https://t.me/канал_нко", "HTTPS://OK.RU/group|HTTPS://OK.RU/group",
					" luch.ru |https://luch.ru" })
	void acceptsWebPagesAndAddsHttpsWhenNoSchemeIsWritten(String text, String stored) {
		assertThat(WebAddress.parse(text)).contains(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(document.cookie)", "javascript:alert(1)//x.ru", "JavaScript:void(0)",
			"ftp://files.example.ru", "mailto:info@example.ru", "data:text/html,<script>", "//evil.example.ru",
			"не сайт", "сайт", "https://", "https://example", "https://example.ru/ a",
			"https://example.ru/\"onmouseover=\"alert(1)", "https://example.ru/<script>", "localhost:8080", "" })
	void refusesEverythingElse(String text) {
		assertThat(WebAddress.parse(text)).isEmpty();
	}

}
