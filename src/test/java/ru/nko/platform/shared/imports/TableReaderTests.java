package ru.nko.platform.shared.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Tests for {@link TableReader}: format recognition, encodings, delimiters, XLSX/DOCX and
 * the Russian messages.
 */
class TableReaderTests {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	/**
	 * A realistic piece of a roadmap, long enough for the encoding heuristics to have
	 * something to judge.
	 */
	private static final String ROADMAP = "№ п/п\tНаименование мероприятия\tСрок исполнения\tОтветственный исполнитель\n"
			+ "1\tПроведение обучающего семинара для социально ориентированных некоммерческих организаций\t"
			+ "01.03.2025\tМинистерство экономического развития\n"
			+ "2\tОказание консультационной поддержки\tежеквартально\tЦентр поддержки НКО\n";

	// ---------------------------------------------------------------- text formats

	@Test
	void readsUtf8TsvWithByteOrderMark() {
		Table table = TableReader.read("план.txt",
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8(ROADMAP)));

		assertThat(table.format()).isEqualTo(Format.TSV);
		assertThat(table.charset()).isEqualTo("UTF-8");
		assertThat(table.rows()).hasSize(3);
		assertThat(table.rows().get(0).cells()).containsExactly("№ п/п", "Наименование мероприятия", "Срок исполнения",
				"Ответственный исполнитель");
		assertThat(table.rows().get(2).cell(3)).isEqualTo("Центр поддержки НКО");
		assertThat(table.rows()).extracting(TableRow::line).containsExactly(1, 2, 3);
	}

	@Test
	void readsUtf8WithoutByteOrderMark() {
		Table table = TableReader.read("план.txt", utf8("Мероприятие\tСрок\nСеминар\t2025\n"));

		assertThat(table.charset()).isEqualTo("UTF-8");
		assertThat(table.rows().get(1).cells()).containsExactly("Семинар", "2025");
	}

	@Test
	void readsWindows1251Tsv() {
		Table table = TableReader.read("план.txt", ROADMAP.getBytes(WINDOWS_1251));

		assertThat(table.format()).isEqualTo(Format.TSV);
		assertThat(table.charset()).isEqualTo("windows-1251");
		assertThat(table.rows().get(1).cell(1))
			.isEqualTo("Проведение обучающего семинара для социально ориентированных некоммерческих организаций");
		assertThat(table.rows().get(1).cell(3)).isEqualTo("Министерство экономического развития");
	}

	@Test
	void readsWindows1251TextWithSemicolons() {
		String csv = ROADMAP.replace('\t', ';').replace("\n", "\r\n")
				+ "3;Издание сборника «Лучшие практики»;IV квартал;Ёлкин Ё.Ё.\r\n";

		Table table = TableReader.read("реестр.csv", csv.getBytes(WINDOWS_1251));

		assertThat(table.format()).isEqualTo(Format.CSV);
		assertThat(table.charset()).isEqualTo("windows-1251");
		assertThat(table.rows()).hasSize(4);
		assertThat(table.rows().get(3).cells()).containsExactly("3", "Издание сборника «Лучшие практики»", "IV квартал",
				"Ёлкин Ё.Ё.");
	}

	@Test
	void readsShortWindows1251Text() {
		Table table = TableReader.read("r.csv", "ИНН;Название\n7707083893;НКО «Рассвет»\n".getBytes(WINDOWS_1251));

		assertThat(table.charset()).isEqualTo("windows-1251");
		assertThat(table.rows().get(1).cells()).containsExactly("7707083893", "НКО «Рассвет»");
	}

	@Test
	void readsUtf16LittleEndianWithByteOrderMarkAsExcelUnicodeTextSavesIt() {
		byte[] text = "Мероприятие\tСрок\r\nСеминар\t2025\r\n".getBytes(StandardCharsets.UTF_16LE);

		Table table = TableReader.read("юникод.txt", concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text));

		assertThat(table.format()).isEqualTo(Format.TSV);
		assertThat(table.charset()).isEqualTo("UTF-16LE");
		assertThat(table.rows()).extracting(TableRow::cells)
			.containsExactly(List.of("Мероприятие", "Срок"), List.of("Семинар", "2025"));
	}

	@Test
	void handlesCrlfLfAndLoneCrLineEndings() {
		Table table = TableReader.read("x.txt", utf8("а\tб\r\nв\tг\nд\tе\rж\tз"));

		assertThat(table.rows()).extracting(TableRow::line).containsExactly(1, 2, 3, 4);
		assertThat(table.rows()).extracting(row -> row.cell(0)).containsExactly("а", "в", "д", "ж");
		assertThat(table.rows()).extracting(row -> row.cell(1)).containsExactly("б", "г", "е", "з");
	}

	@Test
	void readsSemicolonCsvWithQuotedMultiLineCellAndDoubledQuotes() {
		String csv = "Мероприятие;Исполнитель;Срок\r\n"
				+ "\"Семинар \"\"Лидеры НКО\"\";\r\nвторой день\";\"Иванов; Петров\";2025\r\n"
				+ "Форум;АНО \"Развитие\";2026\r\n";

		Table table = TableReader.read("план.csv", utf8(csv));

		assertThat(table.format()).isEqualTo(Format.CSV);
		assertThat(table.rows()).hasSize(3);
		assertThat(table.rows().get(1).cells()).containsExactly("Семинар \"Лидеры НКО\";\nвторой день",
				"Иванов; Петров", "2025");
		// a quote in the middle of an unquoted cell is just a character
		assertThat(table.rows().get(2).cell(1)).isEqualTo("АНО \"Развитие\"");
	}

	@Test
	void keepsLineNumbersAfterAQuotedMultiLineCell() {
		String csv = "Мероприятие;Срок\n" + "\"первая строка\nвторая строка\nтретья строка\";2025\n" + "Форум;2026\n"
				+ "\n" + "Конкурс;2027\n";

		Table table = TableReader.read("план.csv", utf8(csv));

		assertThat(table.rows()).extracting(TableRow::line).containsExactly(1, 2, 5, 6, 7);
		assertThat(table.rows().get(2).cell(0)).isEqualTo("Форум");
		assertThat(table.rows().get(3).blank()).isTrue();
		assertThat(table.rows().get(4).cell(0)).isEqualTo("Конкурс");
	}

	@Test
	void readsCommaCsv() {
		String csv = "Name,Deadline,Owner\n\"Seminar, day 1\",2025,Ivanov\nForum,2026,Petrov\n";

		Table table = TableReader.read("plan.csv", utf8(csv));

		assertThat(table.format()).isEqualTo(Format.CSV);
		assertThat(table.rows()).extracting(TableRow::cells)
			.containsExactly(List.of("Name", "Deadline", "Owner"), List.of("Seminar, day 1", "2025", "Ivanov"),
					List.of("Forum", "2026", "Petrov"));
	}

	@Test
	void prefersSemicolonWhenCommasAppearInsideCells() {
		String csv = "Мероприятие;Исполнители;Срок\n" + "Семинар, тренинг;Иванов, Петров;2025\n"
				+ "Форум;Сидоров, Козлов, Волков;2026\n";

		Table table = TableReader.read("план.csv", utf8(csv));

		assertThat(table.rows()).allSatisfy(row -> assertThat(row.size()).isEqualTo(3));
		assertThat(table.rows().get(2).cell(1)).isEqualTo("Сидоров, Козлов, Волков");
	}

	@Test
	void prefersSemicolonOnATie() {
		Table table = TableReader.read("x.csv", utf8("а;б,в\nг;д,е\n"));

		assertThat(table.rows().get(0).cells()).containsExactly("а", "б,в");
	}

	@Test
	void readsAFileWithoutDelimitersAsOneColumn() {
		Table table = TableReader.read("список.txt", utf8("АНО «Рассвет», г. Тверь\nФонд «Добро»\n"));

		assertThat(table.format()).isEqualTo(Format.CSV);
		assertThat(table.rows()).extracting(TableRow::cells)
			.containsExactly(List.of("АНО «Рассвет», г. Тверь"), List.of("Фонд «Добро»"));
	}

	@Test
	void keepsBlankLinesAsBlankRowsWithTheirLineNumbers() {
		Table table = TableReader.read("x.txt", utf8("Дорожная карта\n\nа\tб\n \t \n\nв\tг\n"));

		assertThat(table.rows()).extracting(TableRow::line).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(table.rows()).extracting(TableRow::blank).containsExactly(false, true, false, true, true, false);
		assertThat(table.format()).isEqualTo(Format.TSV);
	}

	@Test
	void trimsOrdinaryAndNonBreakingSpacesButKeepsInnerWhitespace() {
		Table table = TableReader.read("x.txt", utf8("\u00A0 Провести  семинар \u00A0\t\u202F2025 \n"));

		assertThat(table.rows().get(0).cells()).containsExactly("Провести  семинар", "2025");
	}

	@Test
	void treatsQuotesInTsvLiterally() {
		Table table = TableReader.read("x.txt", utf8("\"Ромашка\"\tАНО \"Рассвет\"\t\"незакрытая\n2\t3\t4\n"));

		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).cells()).containsExactly("\"Ромашка\"", "АНО \"Рассвет\"", "\"незакрытая");
		assertThat(table.rows().get(1).line()).isEqualTo(2);
	}

	@Test
	void unquotesACellThatExcelQuotedInTsv() {
		String tsv = "Мероприятие\tСрок\n" + "\"Семинар\nдля \"\"НКО\"\"\"\t2025\n" + "Форум\t2026\n";

		Table table = TableReader.read("x.txt", utf8(tsv));

		assertThat(table.rows()).extracting(TableRow::line).containsExactly(1, 2, 4);
		assertThat(table.rows().get(1).cells()).containsExactly("Семинар\nдля \"НКО\"", "2025");
	}

	@Test
	void reportsAnUnclosedQuoteInCsvWithLineAndColumn() {
		ImportException e = failure("план.csv", utf8("а;б;в\nг;д;е\nж;\"з;и\nк;л;м\n"));

		assertThat(e.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.column()).isEqualTo(2);
			assertThat(problem.message()).contains("«план.csv»", "строка 3", "кавычк");
		});
	}

	@Test
	void rejectsAnEmptyFile() {
		assertFails("пусто.csv", new byte[0], "Файл «пусто.csv» пуст.");
	}

	@Test
	void rejectsNullContentAsEmpty() {
		assertFails("пусто.csv", null, "пуст.");
	}

	@Test
	void rejectsAWhitespaceOnlyFile() {
		byte[] whitespace = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8(" \r\n\t\u00A0\n  "));

		assertFails("пробелы.txt", whitespace, "Файл «пробелы.txt» пуст.");
	}

	@Test
	void rejectsBinaryGarbage() {
		byte[] garbage = new byte[4096];
		new Random(42).nextBytes(garbage);
		garbage[0] = 1;
		garbage[10] = 0;
		garbage[100] = 0;

		assertFails("данные.csv", garbage, "Файл «данные.csv» не является таблицей");
	}

	@Test
	void rejectsAPdf() {
		assertFails("план.pdf", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "Файл «план.pdf» не является таблицей");
	}

	@Test
	void rejectsKoi8rTextAsAnUnknownEncoding() {
		assertFails("план.txt", ROADMAP.getBytes(Charset.forName("KOI8-R")),
				"Не удалось определить кодировку файла «план.txt»");
	}

	@Test
	void rejectsShortKoi8rTextAsAnUnknownEncoding() {
		assertFails("r.csv", "ИНН;Название\n7707083893;НКО Рассвет\n".getBytes(Charset.forName("KOI8-R")),
				"Сохраните его в кодировке UTF-8 или Windows-1251.");
	}

	@Test
	void rejectsLatin1TextAsAnUnknownEncoding() {
		String latin1 = "Name;City;Note\nMüller;Köln;Straße\nFrançois;Montréal;café\nJosé;Málaga;niño\n";

		assertFails("list.csv", latin1.getBytes(StandardCharsets.ISO_8859_1),
				"Не удалось определить кодировку файла «list.csv»");
	}

	@Test
	void rejectsAWebPageSavedWithAnExcelName() {
		assertFails("выгрузка.xls", utf8("<html><body><table><tr><td>1</td></tr></table></body></html>"),
				"Файл «выгрузка.xls» — это веб-страница");
	}

	@Test
	void rejectsAFileLargerThan20Megabytes() {
		assertFails("большой.xlsx", new byte[21 * 1024 * 1024], "Файл «большой.xlsx» больше 20 МБ");
	}

	@Test
	void acceptsAFileOfExactlyTheMaximumSize() {
		byte[] content = new byte[(int) TableReader.MAX_BYTES];
		Arrays.fill(content, (byte) 'a');
		content[1] = '\t';

		assertThat(TableReader.read("a.txt", content).rows()).hasSize(1);
	}

	// ---------------------------------------------------------------- row by row

	private static TableRows opened(String fileName, byte[] content) {
		return TableReader.open(fileName, content.length, () -> new ByteArrayInputStream(content));
	}

	private static List<TableRow> all(TableRows rows) {
		try (rows) {
			List<TableRow> read = new ArrayList<>();
			rows.forEachRemaining(read::add);
			return read;
		}
	}

	@Test
	void readsRowByRowWhatItReadsWhole() {
		String csv = "Мероприятие;Исполнитель;Срок\r\n"
				+ "\"Семинар \"\"Лидеры НКО\"\";\r\nвторой день\";\"Иванов; Петров\";2025\r\n" + "\n"
				+ "Форум;АНО \"Развитие\";2026\r\n";
		for (byte[] content : new byte[][] { utf8(csv), csv.getBytes(WINDOWS_1251), utf8(ROADMAP),
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, ROADMAP.getBytes(StandardCharsets.UTF_16LE)) }) {
			Table whole = TableReader.read("план.csv", content);
			try (TableRows rows = opened("план.csv", content)) {
				assertThat(rows.format()).isEqualTo(whole.format());
				assertThat(rows.charset()).isEqualTo(whole.charset());
				assertThat(all(rows)).isEqualTo(whole.rows());
			}
		}
	}

	/**
	 * Far more text than the reader keeps at a time (a window of 64 K characters that
	 * grows only for a long record), in Windows-1251 told by a sample of its beginning.
	 */
	@Test
	void readsARegistryMuchLargerThanWhatItKeepsInMemory() {
		StringBuilder csv = new StringBuilder("Полное наименование;ИНН;Описание\r\n");
		for (int i = 0; i < 60_000; i++) {
			csv.append("АНО «Строка ")
				.append(i)
				.append("»;")
				.append(4703000000L + i)
				.append(";\"Первая строка\r\nвторая\"\r\n");
		}
		byte[] content = csv.toString().getBytes(WINDOWS_1251);

		List<TableRow> rows = all(opened("реестр.csv", content));

		assertThat(rows).hasSize(60_001);
		assertThat(rows.get(60_000).line()).isEqualTo(120_000);
		assertThat(rows.get(60_000).cells()).containsExactly("АНО «Строка 59999»", "4703059999",
				"Первая строка\nвторая");
	}

	/** The pass that tells UTF-8 from Windows-1251 is as strict as Java's own decoder. */
	@Test
	void tellsUtf8ExactlyAsJavasDecoderDoes() throws IOException {
		Random random = new Random(42);
		List<byte[]> samples = new ArrayList<>(List.of(utf8("Реестр; 𝄞 €"), new byte[] { (byte) 0xC0, (byte) 0x80 },
				new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0x80 },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 },
				new byte[] { (byte) 0xF0, (byte) 0x9F, (byte) 0x98 }, new byte[] { 'a', (byte) 0xD0 },
				"Реестр".getBytes(WINDOWS_1251)));
		for (int i = 0; i < 2000; i++) {
			byte[] bytes = new byte[1 + random.nextInt(8)];
			random.nextBytes(bytes);
			samples.add(bytes);
		}
		for (byte[] sample : samples) {
			boolean decodes;
			try {
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(sample));
				decodes = true;
			}
			catch (CharacterCodingException ex) {
				decodes = false;
			}
			assertThat(TextTableReader.isUtf8(new ByteArrayInputStream(sample))).as(Arrays.toString(sample))
				.isEqualTo(decodes);
		}
	}

	@Test
	void reportsAnUnclosedQuoteWhenReadingReachesIt() {
		try (TableRows rows = opened("план.csv", utf8("а;б;в\nг;д;е\nж;\"з;и\nк;л;м\n"))) {
			assertThat(rows.next().cells()).containsExactly("а", "б", "в");
			assertThat(rows.next().cells()).containsExactly("г", "д", "е");
			try {
				rows.next();
				fail("expected an unclosed quote");
			}
			catch (ImportException e) {
				assertThat(e.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.line()).isEqualTo(3);
					assertThat(problem.column()).isEqualTo(2);
				});
			}
		}
	}

	@Test
	void refusesARecordOfMoreThanAMillionCharactersInsteadOfHoldingIt() {
		byte[] content = utf8("Наименование;ИНН\n" + "а".repeat(1_100_000) + ";1\nб;2\n");

		try (TableRows rows = opened("реестр.csv", content)) {
			rows.next();
			try {
				rows.next();
				fail("expected a refusal");
			}
			catch (ImportException e) {
				assertThat(e.problems()).singleElement().satisfies(problem -> {
					assertThat(problem.line()).isEqualTo(2);
					assertThat(problem.message()).contains("«реестр.csv»", "строка 2", "больше миллиона знаков");
				});
			}
		}
		byte[] unclosed = utf8("Наименование;ИНН\n\"" + "а".repeat(1_100_000) + ";1\nб;2\n");
		try (TableRows rows = opened("реестр.csv", unclosed)) {
			rows.next();
			try {
				rows.next();
				fail("expected a refusal");
			}
			catch (ImportException e) {
				assertThat(e.problems().get(0).message()).contains("закрывающей кавычки нет");
			}
		}
	}

	@Test
	void opensTextUpTo200MegabytesButWorkbooksOnlyUpTo20() {
		byte[] csv = utf8("ИНН;Наименование\n4703050002;АНО\n");
		try (TableRows rows = TableReader.open("реестр.csv", TableReader.MAX_TEXT_BYTES,
				() -> new ByteArrayInputStream(csv))) {
			assertThat(all(rows)).hasSize(2);
		}
		assertOpenFails("реестр.csv", TableReader.MAX_TEXT_BYTES + 1, csv, "Файл «реестр.csv» больше 200 МБ");
		assertOpenFails("реестр.xlsx", TableReader.MAX_BYTES + 1, utf8("PK\u0003\u0004"),
				"Файл «реестр.xlsx» больше 20 МБ");
		assertOpenFails("пусто.csv", 0, new byte[0], "Файл «пусто.csv» пуст.");
	}

	private static void assertOpenFails(String fileName, long size, byte[] content, String fragment) {
		try {
			TableReader.open(fileName, size, () -> new ByteArrayInputStream(content)).close();
			fail("expected an ImportException for " + fileName);
		}
		catch (ImportException e) {
			assertThat(e.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.line()).isZero();
				assertThat(problem.message()).contains(fragment);
			});
		}
	}

	// ---------------------------------------------------------------- XLSX

	@Test
	void readsXlsxCellsAsTheUserSeesThem() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet hidden = workbook.createSheet("Служебный");
			hidden.createRow(0).createCell(0).setCellValue("не читать");
			Sheet sheet = workbook.createSheet("План");
			workbook.setSheetHidden(0, true);
			workbook.setActiveSheet(1);

			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat((short) 14);
			CellStyle twoDecimals = workbook.createCellStyle();
			twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Мероприятие");
			header.createCell(1).setCellValue("Срок");
			header.createCell(2).setCellValue("Количество");
			header.createCell(3).setCellValue("Итого");

			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue("  Семинар\u00A0");
			Cell date = first.createCell(1);
			date.setCellValue(LocalDate.of(2025, 3, 1));
			date.setCellStyle(dateStyle);
			first.createCell(2).setCellValue(5.0);
			Cell formula = first.createCell(3);
			formula.setCellFormula("1+1");
			formula.setCellValue(42); // the formula is shown as written, neither
										// evaluated nor replaced by its saved result

			// row 3 (index 2) is missing on purpose
			Row merged = sheet.createRow(3);
			merged.createCell(0).setCellValue("Раздел 2");
			merged.createCell(1).setCellValue("устаревшее значение");
			sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, 2));
			merged.createCell(3).setCellValue(1234.5);

			Row numbers = sheet.createRow(4);
			numbers.createCell(0).setCellValue(770708123456.0);
			Cell rounded = numbers.createCell(1);
			rounded.setCellValue(3.14159);
			rounded.setCellStyle(twoDecimals);
			numbers.createCell(2).setCellValue(true);
			numbers.createCell(5).setCellValue("");
			xlsx = bytes(workbook::write);
		}

		Table table = TableReader.read("дорожная карта.csv", xlsx);

		assertThat(table.format()).isEqualTo(Format.XLSX);
		assertThat(table.charset()).isNull();
		assertThat(table.rows()).extracting(TableRow::line).containsExactly(1, 2, 4, 5);
		assertThat(table.rows().get(0).cells()).containsExactly("Мероприятие", "Срок", "Количество", "Итого");
		assertThat(table.rows().get(1).cells()).containsExactly("Семинар", "01.03.2025", "5", "=1+1");
		assertThat(table.rows().get(2).cells()).containsExactly("Раздел 2", "", "", "1234,5");
		assertThat(table.rows().get(3).cells()).containsExactly("770708123456", "3,14", "ИСТИНА");
	}

	@Test
	void readsADateWithTimeAndATimeOnly() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
			CellStyle time = workbook.createCellStyle();
			time.setDataFormat(workbook.createDataFormat().getFormat("h:mm"));
			Row row = workbook.createSheet().createRow(0);
			Cell moment = row.createCell(0);
			moment.setCellValue(LocalDateTime.of(2025, 12, 31, 14, 30));
			moment.setCellStyle(dateTime);
			Cell clock = row.createCell(1);
			clock.setCellValue(0.375);
			clock.setCellStyle(time);
			xlsx = bytes(workbook::write);
		}

		assertThat(TableReader.read("x.xlsx", xlsx).rows().get(0).cells()).containsExactly("31.12.2025 14:30", "09:00");
	}

	@Test
	void rejectsAWorkbookWithoutRows() throws IOException {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Лист1");
			xlsx = bytes(workbook::write);
		}

		assertFails("пустая книга.xlsx", xlsx, "Файл «пустая книга.xlsx» пуст.");
	}

	@Test
	void rejectsAZipThatIsNeitherWorkbookNorDocument() throws IOException {
		byte[] zip = bytes(out -> {
			try (ZipOutputStream stream = new ZipOutputStream(out)) {
				stream.putNextEntry(new ZipEntry("readme.txt"));
				stream.write(utf8("привет"));
				stream.closeEntry();
			}
		});

		assertFails("архив.xlsx", zip,
				"Файл «архив.xlsx» — архив, но не таблица Excel (XLSX) и не документ Word (DOCX).");
	}

	@Test
	void rejectsABrokenXlsx() {
		byte[] garbage = new byte[2000];
		new Random(7).nextBytes(garbage);
		byte[] broken = concat(new byte[] { 'P', 'K', 3, 4 }, garbage);

		assertFails("план.xlsx", broken, "Файл «план.xlsx» повреждён или не является таблицей Excel (XLSX).");
	}

	@Test
	void rejectsAnXlsxWhoseSheetIsCorrupt() throws IOException {
		byte[] zip = bytes(out -> {
			try (ZipOutputStream stream = new ZipOutputStream(out)) {
				stream.putNextEntry(new ZipEntry("xl/workbook.xml"));
				stream.write(utf8("<workbook>не xml"));
				stream.closeEntry();
			}
		});

		assertFails("план.xlsx", zip, "Файл «план.xlsx» повреждён или не является таблицей Excel (XLSX).");
	}

	@Test
	void rejectsAZipBombDressedAsAWorkbook() throws IOException {
		byte[] spaces = new byte[1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		byte[] bomb = bytes(out -> {
			try (ZipOutputStream stream = new ZipOutputStream(out)) {
				stream.putNextEntry(new ZipEntry("xl/workbook.xml"));
				for (int i = 0; i < 200; i++) {
					stream.write(spaces);
				}
				stream.closeEntry();
			}
		});
		assertThat(bomb.length).isLessThan(1024 * 1024);

		assertFails("бомба.xlsx", bomb, "Файл «бомба.xlsx» повреждён или не является таблицей Excel (XLSX).");
	}

	@Test
	void rejectsAnOldXlsByItsMagicNumber() {
		byte[] ole = concat(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				new byte[600]);

		assertFails("план.xls", ole, "Файл «план.xls» сохранён в старом формате");
	}

	@Test
	void rejectsARealXlsAskingForXlsx() throws IOException {
		byte[] xls;
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet().createRow(0).createCell(0).setCellValue("Мероприятие");
			xls = bytes(workbook::write);
		}

		assertFails("план.xls", xls, "Файл «план.xls» сохранён в старом формате Excel 97–2003 (XLS)");
	}

	@Test
	void rejectsAPasswordProtectedWorkbook() throws Exception {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet().createRow(0).createCell(0).setCellValue("секрет");
			xlsx = bytes(workbook::write);
		}
		byte[] encrypted;
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("пароль");
			try (OutputStream stream = encryptor.getDataStream(fs)) {
				stream.write(xlsx);
			}
			encrypted = bytes(fs::writeFilesystem);
		}

		assertFails("план.xlsx", encrypted, "Файл «план.xlsx» защищён паролем");
	}

	// ---------------------------------------------------------------- DOCX

	@Test
	void rejectsADocxWithoutATable() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Дорожная карта будет позже.");
			docx = bytes(document::write);
		}

		assertFails("план.docx", docx, "В документе «план.docx» нет таблицы.");
	}

	@Test
	void readsTheFirstWideDocxTableWithMergedCellsLinedUp() throws IOException {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument()) {
			// an approval block laid out as a narrow table comes first and must be
			// skipped
			XWPFTable approval = document.createTable(1, 2);
			approval.getRow(0).getCell(0).setText("УТВЕРЖДАЮ");
			approval.getRow(0).getCell(1).setText("Министр");

			XWPFTable table = document.createTable(4, 4);
			fill(table.getRow(0), "№", "Мероприятие", "Срок", "Ответственный");
			fill(table.getRow(1), "1", "Провести семинар", "март 2025", "Минэкономразвития");
			table.getRow(1).getCell(1).addParagraph().createRun().setText("для НКО");
			properties(table.getRow(1).getCell(3)).addNewVMerge().setVal(STMerge.RESTART);

			XWPFTableRow section = table.getRow(2);
			section.removeCell(1);
			fill(section, "Раздел 2. Поддержка", "2025", "");
			properties(section.getCell(0)).addNewGridSpan().setVal(BigInteger.TWO);
			properties(section.getCell(2)).addNewVMerge().setVal(STMerge.CONTINUE);
			fill(table.getRow(3), "", "", "", "");
			docx = bytes(document::write);
		}

		Table table = TableReader.read("план.docx", docx);

		assertThat(table.format()).isEqualTo(Format.DOCX);
		assertThat(table.charset()).isNull();
		assertThat(table.rows()).extracting(TableRow::line).containsExactly(1, 2, 3, 4);
		assertThat(table.rows().get(0).cells()).containsExactly("№", "Мероприятие", "Срок", "Ответственный");
		assertThat(table.rows().get(1).cells()).containsExactly("1", "Провести семинар для НКО", "март 2025",
				"Минэкономразвития");
		assertThat(table.rows().get(2).cells()).containsExactly("Раздел 2. Поддержка", "", "2025", "");
		assertThat(table.rows().get(3).blank()).isTrue();
	}

	@Test
	void rejectsABrokenDocx() throws IOException {
		byte[] zip = bytes(out -> {
			try (ZipOutputStream stream = new ZipOutputStream(out)) {
				stream.putNextEntry(new ZipEntry("word/document.xml"));
				stream.write(utf8("<w:document>обрыв"));
				stream.closeEntry();
			}
		});

		assertFails("план.docx", zip, "Файл «план.docx» повреждён или не является документом Word (DOCX).");
	}

	// ---------------------------------------------------------------- small types

	@Test
	void tableRowReturnsEmptyTextForMissingCells() {
		TableRow row = new TableRow(3, Arrays.asList("а", null, "\u00A0"));

		assertThat(row.cell(0)).isEqualTo("а");
		assertThat(row.cell(1)).isEmpty();
		assertThat(row.cell(7)).isEmpty();
		assertThat(row.cell(-1)).isEmpty();
		assertThat(row.size()).isEqualTo(3);
		assertThat(row.blank()).isFalse();
		assertThat(new TableRow(1, List.of("", " \u00A0")).blank()).isTrue();
	}

	@Test
	void importExceptionCarriesAWholeFileProblem() {
		ImportException e = new ImportException("Файл пуст.");

		assertThat(e.problems()).containsExactly(new ImportProblem(0, null, "Файл пуст."));
		assertThat(e.getMessage()).isEqualTo("Файл пуст.");
	}

	// ---------------------------------------------------------------- helpers

	private static ImportException failure(String fileName, byte[] content) {
		try {
			TableReader.read(fileName, content);
		}
		catch (ImportException e) {
			return e;
		}
		return fail("expected an ImportException for " + fileName);
	}

	private static void assertFails(String fileName, byte[] content, String fragment) {
		ImportException e = failure(fileName, content);
		assertThat(e.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isZero();
			assertThat(problem.column()).isNull();
			assertThat(problem.message()).contains(fragment).contains("«" + fileName + "»");
		});
	}

	private static void fill(XWPFTableRow row, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			if (!texts[i].isEmpty()) {
				row.getCell(i).setText(texts[i]);
			}
		}
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] result = new byte[first.length + second.length];
		System.arraycopy(first, 0, result, 0, first.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

	/** Something that writes itself to a stream, such as a POI document. */
	private interface Writer {

		void writeTo(OutputStream out) throws IOException;

	}

	private static byte[] bytes(Writer writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.writeTo(out);
		return out.toByteArray();
	}

}
