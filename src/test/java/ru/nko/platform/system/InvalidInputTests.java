package ru.nko.platform.system;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one form-error helper: lengths checked against the field's column with a message
 * naming it, web addresses.
 */
class InvalidInputTests {

	@Test
	void namesTheFieldOfAnOverlongText() {
		InvalidInput.Errors errors = new InvalidInput.Errors();

		assertThat(errors.optional("С".repeat(201), "shortName", "Сокращённое наименование", 200)).hasSize(201);
		assertThat(errors.required("  Руководитель  ", "headName", "Руководитель", "Укажите руководителя", 200))
			.isEqualTo("Руководитель");

		assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.errors()).containsExactly(new InvalidInput.FieldError("shortName",
						"«Сокращённое наименование»: не длиннее 200 знаков, сейчас 201. Сократите текст")));
	}

	@Test
	void acceptsOnlyWebPageAddresses() {
		InvalidInput.Errors errors = new InvalidInput.Errors();

		assertThat(errors.webAddress("vk.com/dobrye", "vk", "ВКонтакте", "Укажите адрес страницы", 300))
			.isEqualTo("https://vk.com/dobrye");
		assertThat(errors.webAddress(" ", "ok", "Одноклассники", "Укажите адрес страницы", 300)).isNull();
		assertThat(errors.webAddress("javascript:alert(document.cookie)", "website", "Сайт", "Укажите адрес страницы",
				300))
			.isNull();
		assertThat(errors.webAddress("example.ru/" + "a".repeat(300), "telegram", "Telegram", "Укажите адрес страницы",
				300))
			.isNull();

		assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.errors())
					.extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::message)
					.containsExactly(Tuple.tuple("website", "Укажите адрес страницы"),
							Tuple.tuple("telegram", "«Telegram»: не длиннее 300 знаков, сейчас 319. Сократите текст")));
	}

}
