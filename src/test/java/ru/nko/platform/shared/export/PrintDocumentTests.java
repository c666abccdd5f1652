package ru.nko.platform.shared.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printed documents keep Russian text readable (the font is embedded) and carry their
 * title.
 */
class PrintDocumentTests {

	@Test
	void printsCyrillicHeadingsParagraphsAndTablesThatCanBeReadBack() throws Exception {
		byte[] pdf = PrintDocument.titled("План мероприятий: Всеволожский район, 2026 год")
			.landscape()
			.heading("Мероприятия")
			.paragraph("Выполнено 3 из 5")
			.table(List.of("№", "Мероприятие", "Срок"),
					List.of(List.of(1, "Помещение для НКО в Доме культуры", "30 июня 2026 г.")), 1, 6, 2)
			.note("Сформировано 26 ноября 2026 г.")
			.pdf();

		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PdfReader reader = new PdfReader(pdf)) {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("План мероприятий", "Помещение для НКО", "Выполнено 3 из 5");
			assertThat(reader.getInfo().get("Title")).isEqualTo("План мероприятий: Всеволожский район, 2026 год");
			assertThat(reader.getPageSizeWithRotation(1).getWidth())
				.isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
		}
	}

}
