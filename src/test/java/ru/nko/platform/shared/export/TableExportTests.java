package ru.nko.platform.shared.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports keep text as text: a phone starting with "+" or a formula never runs when the
 * file is opened.
 */
class TableExportTests {

	private final TableExport export = new TableExport();

	private static TableExport.SheetData sheet(String... values) {
		return new TableExport.SheetData("Организации", List.of("Телефон"),
				List.of(List.<Object>of(values[0]), List.<Object>of(values[1])));
	}

	@Test
	void aPhoneStartingWithPlusIsWrittenToCsvAsTextASpreadsheetWillNotEvaluate() {
		String csv = new String(this.export.csv(sheet("+7 (812) 123-45-67", "=HYPERLINK(\"http://evil\")")),
				StandardCharsets.UTF_8);

		assertThat(csv).contains("\"'+7 (812) 123-45-67\"", "\"'=HYPERLINK(\"\"http://evil\"\")\"");
	}

	@Test
	void aPhoneStartingWithPlusIsAQuotePrefixedTextCellInXlsx() throws Exception {
		byte[] xlsx = this.export.xlsx(List.of(sheet("+7 (812) 123-45-67", "8-812-123-45-67")));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Cell plus = workbook.getSheetAt(0).getRow(1).getCell(0);
			assertThat(plus.getCellType()).isEqualTo(CellType.STRING);
			assertThat(plus.getStringCellValue()).isEqualTo("+7 (812) 123-45-67");
			assertThat(plus.getCellStyle().getQuotePrefixed()).isTrue();
			Cell plain = workbook.getSheetAt(0).getRow(2).getCell(0);
			assertThat(plain.getCellType()).isEqualTo(CellType.STRING);
			assertThat(plain.getStringCellValue()).isEqualTo("8-812-123-45-67");
		}
	}

}
