package ru.nko.platform.organizationimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import ru.nko.platform.directory.ActivityArea;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.shared.imports.Format;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.Table;
import ru.nko.platform.shared.imports.TableRow;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationTableParserTests {

	/** A fixed day, so that the checks of dates do not depend on when the tests run. */
	static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	private static final Map<String, Long> MUNICIPALITIES = Map.of("всеволожский муниципальный район", 4L,
			"выборгский район", 5L);

	private static Table table(String... lines) {
		List<TableRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			rows.add(new TableRow(i + 1, Arrays.asList(lines[i].split(";", -1))));
		}
		return new Table(Format.CSV, "UTF-8", rows);
	}

	/** What reading a whole table gave, as the import reads it. */
	record Result(List<OrganizationTableParser.Row> rows, List<ImportProblem> problems, int dataRows,
			boolean headerRefused) {

		/** The data lines with a problem (none when the header is refused). */
		Set<Integer> rejectedLines() {
			Set<Integer> lines = new TreeSet<>();
			if (!this.headerRefused) {
				this.problems.forEach(problem -> lines.add(problem.line()));
			}
			return lines;
		}

		int rejected() {
			return this.headerRefused ? this.dataRows : rejectedLines().size();
		}

	}

	/** The first non-blank row is the header; the others are read one by one. */
	static Result parse(Table table, Map<String, Long> municipalities, LocalDate today) {
		List<TableRow> rows = table.rows().stream().filter(row -> !row.blank()).toList();
		if (rows.isEmpty()) {
			return new Result(List.of(), List.of(OrganizationTableParser.noRows()), 0, true);
		}
		OrganizationTableParser parser = new OrganizationTableParser(rows.get(0), municipalities, today);
		if (!parser.headerProblems().isEmpty()) {
			return new Result(List.of(), parser.headerProblems(), rows.size() - 1, true);
		}
		List<OrganizationTableParser.Row> valid = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		for (TableRow row : rows.subList(1, rows.size())) {
			OrganizationTableParser.Row read = parser.read(row);
			if (read.valid()) {
				valid.add(read);
			}
			problems.addAll(read.problems());
		}
		return new Result(valid, problems, rows.size() - 1, false);
	}

	private static final String HEADER = "Полное наименование;ИНН;ОГРН;Муниципальное образование;Направления деятельности;СО НКО;Сайт;ВКонтакте;Дата регистрации";

	@Test
	void readsValidRowsWhateverTheOrderAndWordingOfTheColumns() {
		var result = parse(table("МО;Наименование организации;ВК;ИНН;Сферы деятельности;Со НКО",
				"Всеволожский муниципальный район;РОО «Добрые соседи»;vk.com/dobrye;4703050002;Социальная поддержка и защита граждан; да"),
				MUNICIPALITIES, TODAY);

		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).hasSize(1);
		OrganizationData data = result.rows().get(0).data();
		assertThat(data.name()).isEqualTo("РОО «Добрые соседи»");
		assertThat(data.inn()).isEqualTo("4703050002");
		assertThat(data.municipalityId()).isEqualTo(4L);
		assertThat(data.socialOriented()).isTrue();
		assertThat(data.activityAreas()).containsExactly(ActivityArea.SOCIAL_SUPPORT);
		assertThat(data.socialPages()).extracting(OrganizationData.SocialPageLink::url)
			.containsExactly("https://vk.com/dobrye");
	}

	@Test
	void refusesWrongCheckDigitsWithLineAndColumn() {
		var result = parse(table(HEADER, "АНО «Первая»;4703050003;;Выборгский район;;;;;",
				"АНО «Вторая»;;1024700123459;Выборгский район;;;;;"), MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::column)
			.containsExactly(Tuple.tuple(2, 2), Tuple.tuple(3, 3));
		assertThat(result.problems().get(0).message()).contains("контрольная цифра");
	}

	/**
	 * An INN written twice is refused when the rows are staged in the directory
	 * (OrganizationImportTests); here each row gives it as the directory compares it.
	 */
	@Test
	void readsEveryRowsInnAsTheDirectoryComparesIt() {
		var result = parse(table(HEADER, "АНО «Первая»;4703050002;;Выборгский район;;;;;",
				"АНО «Первая (копия)»;4703 050002;;Выборгский район;;;;;"), MUNICIPALITIES, TODAY);

		assertThat(result.rows()).extracting(OrganizationTableParser.Row::inn)
			.containsExactly("4703050002", "4703050002");
	}

	@Test
	void refusesAFormulaInACell() {
		var result = parse(table(HEADER, "=HYPERLINK(\"http://evil\";\"АНО\");4703050002;;Выборгский район;;;;;"),
				MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).extracting(ImportProblem::message)
			.anySatisfy(message -> assertThat(message).contains("похожа на формулу"));
	}

	@Test
	void refusesAnUnknownMunicipalityAMissingNameAndMissingIdentifiers() {
		var result = parse(table(HEADER, ";4703050002;;Выборгский район;;;;;", "АНО «Без ИНН»;;;Выборгский район;;;;;",
				"АНО «Из другого региона»;4703062375;;Кировский район Москвы;;;;;"), MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.rejectedLines()).containsExactly(2, 3, 4);
		assertThat(result.problems()).extracting(ImportProblem::message)
			.anySatisfy(message -> assertThat(message).contains("Не указано наименование"))
			.anySatisfy(message -> assertThat(message).contains("Укажите ИНН или ОГРН"))
			.anySatisfy(message -> assertThat(message).contains("не найдено в справочнике"));
	}

	@Test
	void readsDatesFlagsLinksAndAreasAsPeopleWriteThem() {
		var result = parse(table(HEADER,
				"БФ «Луч»;4703087115;1024700123458;выборгский район;охрана здоровья, Культура и искусство;нет;luch.ru;https://vk.com/luch;05.06.2012"),
				MUNICIPALITIES, TODAY);

		assertThat(result.problems()).isEmpty();
		OrganizationData data = result.rows().get(0).data();
		assertThat(data.registrationDate()).isEqualTo(LocalDate.of(2012, 6, 5));
		assertThat(data.socialOriented()).isFalse();
		assertThat(data.website()).isEqualTo("https://luch.ru");
		assertThat(data.activityAreas()).containsExactlyInAnyOrder(ActivityArea.HEALTH, ActivityArea.CULTURE);
	}

	@Test
	void saysWhichRequiredColumnIsMissing() {
		var result = parse(table("ИНН;Сайт", "4703050002;x.ru"), MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).extracting(ImportProblem::message)
			.anySatisfy(message -> assertThat(message).contains("«Полное наименование»"))
			.anySatisfy(message -> assertThat(message).contains("«Муниципальное образование»"));
	}

	@Test
	void refusesUnknownAreasBadDatesFlagsAndLinks() {
		var result = parse(
				table(HEADER, "АНО «Пробная»;4703050002;;Выборгский район;астрология;может быть;не сайт;;31.02.2020"),
				MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).extracting(ImportProblem::column).containsExactlyInAnyOrder(5, 6, 7, 9);
	}

	private static final String OPTIONAL = "Полное наименование;ИНН;Муниципальное образование;Сокращённое наименование;"
			+ "Организационно-правовая форма;Адрес;Электронная почта;Телефон;Руководитель;Описание";

	@Test
	void neverKeepsARowWithAFormulaInAnOptionalColumn() {
		var result = parse(table(OPTIONAL, "АНО «Первая»;4703050002;Выборгский район;=1+1;;;;;;",
				"АНО «Вторая»;4703062375;Выборгский район;;;;@evil.ru;;;",
				"АНО «Третья»;4703087115;Выборгский район;;;;;;-2+3;",
				"АНО «Четвёртая»;7707083893;Выборгский район;;+АНО;;;;;"), MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.rejectedLines()).containsExactly(2, 3, 4, 5);
		assertThat(result.rejected()).isEqualTo(4);
		assertThat(result.problems()).extracting(ImportProblem::column).containsExactly(4, 7, 9, 5);
	}

	@Test
	void refusesOverlongShortName() {
		var result = parse(table(OPTIONAL, "АНО «Первая»;4703050002;Выборгский район;" + "С".repeat(300) + ";;;;;;"),
				MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.column()).isEqualTo(4);
			assertThat(problem.message())
				.isEqualTo("«Сокращённое наименование»: не длиннее 200 знаков, сейчас 300. Сократите текст");
		});
	}

	@Test
	void checksEveryTextColumnAgainstWhatTheDirectoryStores() {
		String[] cells = { "Н".repeat(501), "4703050002", "Выборгский район", "С".repeat(201), "Ф".repeat(101),
				"А".repeat(501), "a".repeat(196) + "@x.ru", "8 812 123-45-67, 8 812 123-45-68, 8 812 123-45-69, 8 812",
				"Р".repeat(201), "О".repeat(5001) };
		var result = parse(table(OPTIONAL, String.join(";", cells)), MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).extracting(ImportProblem::column).containsExactly(1, 4, 5, 6, 7, 8, 9, 10);
		assertThat(result.problems()).extracting(ImportProblem::message)
			.allSatisfy(message -> assertThat(message).contains("не длиннее"));
	}

	@Test
	void acceptsTelephoneNumbersAsPeopleWriteThem() {
		var result = parse(
				table(OPTIONAL, "АНО «Первая»;4703050002;Выборгский район;;;;;+7 (812) 123-45-67;;",
						"АНО «Вторая»;4703062375;Выборгский район;;;;;+7 812 1234567;;",
						"АНО «Третья»;4703087115;Выборгский район;;;;;8-812-123-45-67 доб. 12;;",
						"АНО «Четвёртая»;7707083893;Выборгский район;;;;;+7+cmd|' /C calc'!A0;;"),
				MUNICIPALITIES, TODAY);

		assertThat(result.rows()).extracting(row -> row.data().publicPhone())
			.containsExactly("+7 (812) 123-45-67", "+7 812 1234567", "8-812-123-45-67 доб. 12");
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(5);
			assertThat(problem.message()).contains("похожа на формулу");
		});
	}

	@Test
	void refusesLinksThatAreNotWebPages() {
		var result = parse(
				table(HEADER, "АНО «Первая»;4703050002;;Выборгский район;;;javascript:alert(document.cookie);;",
						"АНО «Вторая»;4703062375;;Выборгский район;;;ftp://files.example.ru;;",
						"АНО «Третья»;4703087115;;Выборгский район;;;;vk.com/ группа;",
						"АНО «Четвёртая»;7707083893;;Выборгский район;;;https://example.ru/\"><script>;;"),
				MUNICIPALITIES, TODAY);

		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).extracting(ImportProblem::column).containsExactly(7, 7, 8, 7);
	}

	@Test
	void readsPlusAndMinusAsYesAndNoInFlagColumns() {
		var result = parse(table(HEADER, "АНО «Первая»;4703050002;;Выборгский район;;+;;;"), MUNICIPALITIES, TODAY);

		assertThat(result.problems()).isEmpty();
		assertThat(result.rows().get(0).data().socialOriented()).isTrue();
	}

	@Test
	void aRefusedHeaderRejectsEveryDataRow() {
		var result = parse(table("ИНН;Сайт", "4703050002;x.ru", "4703062375;y.ru"), MUNICIPALITIES, TODAY);

		assertThat(result.rejected()).isEqualTo(2);
		assertThat(result.rejectedLines()).isEmpty();
	}

}
