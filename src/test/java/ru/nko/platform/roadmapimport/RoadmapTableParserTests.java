package ru.nko.platform.roadmapimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.nko.platform.directory.BodyNames;
import ru.nko.platform.roadmap.ExecutorRole;
import ru.nko.platform.roadmapimport.RoadmapDraft.ExecutorDraft;
import ru.nko.platform.roadmapimport.RoadmapDraft.MeasureDraft;
import ru.nko.platform.roadmapimport.RoadmapDraft.SectionDraft;
import ru.nko.platform.shared.imports.Format;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.Table;
import ru.nko.platform.shared.imports.TableRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How the table of a roadmap becomes sections, measures, executors and problems. */
class RoadmapTableParserTests {

	private static final String HEADER = "№\tНаименование мероприятия\tОжидаемый результат\tСрок исполнения\tИсполнитель";

	private static final String GLAVY = "главы администраций муниципальных районов/городского округа Ленинградской области";

	private static final String KOK = "Комитет общественных коммуникаций Ленинградской области";

	private static RoadmapDraft seed;

	@BeforeAll
	static void readSeed() throws IOException {
		try (InputStream in = RoadmapTableParserTests.class.getResourceAsStream("/roadmap/lenobl-2023.txt")) {
			assertThat(in).as("seed roadmap on the test classpath").isNotNull();
			seed = RoadmapTableParser.parse(tsv(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
	}

	// --- the Leningrad oblast roadmap of 2023, as the region published it ---

	@Test
	void theSeedIsReadWithoutProblems() {
		assertThat(seed.problems()).isEmpty();
		assertThat(seed.hasErrors()).isFalse();
	}

	@Test
	void theSeedTitleIsTheTextAboveTheHeaderWithoutBoldMarks() {
		assertThat(seed.title()).startsWith("ПЛАН МЕРОПРИЯТИЙ")
			.doesNotContain("**")
			.isEqualTo("ПЛАН МЕРОПРИЯТИЙ («ДОРОЖНАЯ КАРТА») по обеспечению устойчивого развития "
					+ "некоммерческого сектора Ленинградской области");
	}

	@Test
	void theSeedHasEightSectionsWithTheirTitles() {
		assertThat(seed.sections()).extracting(SectionDraft::code)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
		assertThat(seed.sections().get(0).title()).isEqualTo("Взаимодействие социально ориентированных "
				+ "некоммерческих организаций (далее – СО НКО) и органов местного самоуправления");
		assertThat(seed.sections().get(7).title()).isEqualTo("Формирование устойчивой системы поддержки СО НКО");
		assertThat(seed.sections().get(0).line()).isEqualTo(6);
	}

	@Test
	void theSeedHasTwentyNineMeasuresSpreadOverTheSections() {
		assertThat(seed.measureCount()).isEqualTo(29);
		assertThat(seed.sections()).extracting(s -> s.measures().size()).containsExactly(6, 4, 3, 6, 1, 3, 4, 2);
		assertThat(seed.sections().get(0).measures()).extracting(MeasureDraft::code, MeasureDraft::parentCode)
			.containsExactly(tuple("1.1", null), tuple("1.2", null), tuple("1.3", null), tuple("1.4", null),
					tuple("1.5", null), tuple("1.6", null));
	}

	@Test
	void theSeedMeasureKeepsItsTextsAndLineAsWritten() {
		MeasureDraft measure = measure(seed, "1.1");
		assertThat(measure.line()).isEqualTo(7);
		assertThat(measure.title()).startsWith("Формирование перечня проблем, с которыми сталкиваются");
		assertThat(measure.expectedResult()).isEqualTo("Перечень проблем развития некоммерческих организаций");
		assertThat(measure.deadlineText()).isEqualTo("2 – 3 квартал 2023 года");
	}

	@Test
	void aResultBrokenByAPageBreakIsJoinedAgain() {
		assertThat(measure(seed, "2.3").expectedResult()).endsWith("освещение деятельности НКО в СМИ");
		assertThat(measure(seed, "6.3").expectedResult()).endsWith("для экспертов Ленинградской области");
	}

	@Test
	void anExecutorBrokenByAPageBreakBecomesACoExecutor() {
		assertThat(measure(seed, "4.1").executors())
			.contains(new ExecutorDraft(GLAVY, BodyNames.normalizeName(GLAVY), ExecutorRole.CO));
	}

	@Test
	void everyCellOfARowBrokenByAPageBreakIsJoinedAgain() {
		MeasureDraft measure = measure(seed, "8.2");
		assertThat(measure.title()).contains("ресурсный центр» для НКО с муниципальными отделениями");
		assertThat(measure.expectedResult()).isEqualTo("Разработаны предложения о реализации");
		assertThat(measure.executors()).extracting(ExecutorDraft::nameAsWritten, ExecutorDraft::role)
			.containsExactly(tuple("Правительство Ленинградской области", ExecutorRole.LEAD),
					tuple(GLAVY, ExecutorRole.CO));
	}

	@Test
	void executorsAreSplitOnSemicolonsAndTheFirstIsTheLead() {
		assertThat(measure(seed, "1.1").executors()).extracting(ExecutorDraft::nameAsWritten, ExecutorDraft::role)
			.containsExactly(
					tuple("Главы администраций муниципальных районов/городского округа Ленинградской области",
							ExecutorRole.LEAD),
					tuple("общественные палаты муниципальных образований", ExecutorRole.CO),
					tuple("некоммерческие организации", ExecutorRole.CO));
	}

	@Test
	void anAttractedBodyIsACoExecutorWithANominativeNormalizedName() {
		assertThat(measure(seed, "1.6").executors())
			.extracting(ExecutorDraft::nameAsWritten, ExecutorDraft::normalizedName, ExecutorDraft::role)
			.containsExactly(
					tuple("Главы администраций муниципальных районов/городского округа Ленинградской области",
							"главы администраций муниципальных районов/городского округа ленинградской области",
							ExecutorRole.LEAD),
					tuple(KOK, "комитет общественных коммуникаций ленинградской области", ExecutorRole.CO),
					tuple("ресурсных центров НКО Ленинградской области", "ресурсные центры нко ленинградской области",
							ExecutorRole.CO));
		assertThat(measure(seed, "2.1").executors()).extracting(ExecutorDraft::nameAsWritten, ExecutorDraft::role)
			.containsExactly(tuple(KOK, ExecutorRole.LEAD),
					tuple("ресурсных центров НКО Ленинградской области", ExecutorRole.CO));
	}

	@Test
	void aCommaSeparatesBodiesOnlyWhenANewBodyStartsAfterIt() {
		assertThat(measure(seed, "6.3").executors()).extracting(ExecutorDraft::nameAsWritten, ExecutorDraft::role)
			.containsExactly(tuple(KOK, ExecutorRole.LEAD),
					tuple("Общественная палата Ленинградской области", ExecutorRole.CO));
		assertThat(measure(seed, "7.3").executors()).extracting(ExecutorDraft::nameAsWritten)
			.containsExactly(KOK, GLAVY, "Общественная палата Ленинградской области");
		assertThat(measure(seed, "4.1").executors()).extracting(ExecutorDraft::nameAsWritten, ExecutorDraft::role)
			.containsExactly(
					tuple("Комитет по местному самоуправлению, межнациональным и межконфессиональным "
							+ "отношениям Ленинградской области", ExecutorRole.LEAD),
					tuple("Комитет по сохранению культурного наследия Ленинградской области", ExecutorRole.CO),
					tuple("Ленинградский областной комитет по управлению государственным имуществом", ExecutorRole.CO),
					tuple(GLAVY, ExecutorRole.CO));
	}

	@Test
	void everySeedMeasureHasATitleADeadlineAndALead() {
		for (SectionDraft section : seed.sections()) {
			for (MeasureDraft measure : section.measures()) {
				assertThat(measure.title()).as(measure.code()).isNotBlank();
				assertThat(measure.deadlineText()).as(measure.code()).isNotBlank();
				assertThat(measure.executors()).as(measure.code()).isNotEmpty();
				assertThat(measure.executors().get(0).role()).as(measure.code()).isEqualTo(ExecutorRole.LEAD);
				assertThat(measure.executors()).as(measure.code())
					.allSatisfy(
							e -> assertThat(e.nameAsWritten()).doesNotEndWith(";").doesNotEndWith(",").isNotBlank());
			}
		}
	}

	// --- small tables, one rule each ---

	@Test
	void columnsAreFoundByTheirHeadersInAnyOrder() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table("Исполнитель\tСрок исполнения\t№\tОжидаемый результат\tНаименование мероприятия",
					"\t\t1.\tРаздел\t", "Комитет А\tмарт 2024\t1.1\tОтчёт\tСобрать сведения"));

		assertThat(draft.problems()).isEmpty();
		MeasureDraft measure = measure(draft, "1.1");
		assertThat(measure.title()).isEqualTo("Собрать сведения");
		assertThat(measure.expectedResult()).isEqualTo("Отчёт");
		assertThat(measure.deadlineText()).isEqualTo("март 2024");
		assertThat(measure.executors()).extracting(ExecutorDraft::nameAsWritten).containsExactly("Комитет А");
	}

	@Test
	void shortHeadersAreRecognisedAndTheResultColumnMayBeMissing() {
		RoadmapDraft draft = RoadmapTableParser.parse(table("№ п/п\tМероприятие\tСрок\tОтветственный исполнитель",
				"1\tРаздел первый\t\t", "1.1\tСобрать сведения\t2024 год\tКомитет А"));

		assertThat(draft.problems()).isEmpty();
		assertThat(draft.title()).isNull();
		MeasureDraft measure = measure(draft, "1.1");
		assertThat(measure.expectedResult()).isEmpty();
		assertThat(measure.deadlineText()).isEqualTo("2024 год");
	}

	@Test
	void otherHeaderSpellingsAreRecognisedToo() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table("**№**\tНаименование\tРезультат\tСроки исполнения\tОтветственные исполнители:",
					"1\tРаздел\t\t\t", "1.1\tСобрать\tОтчёт\t2024\tКомитет А"));

		assertThat(draft.problems()).isEmpty();
		assertThat(measure(draft, "1.1").expectedResult()).isEqualTo("Отчёт");
	}

	@Test
	void aSubMeasureNamesItsParent() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table(HEADER, "1.\tРаздел\t\t\t", "1.2.\tМероприятие\tИтог\t2024\tКомитет А",
					"1.2.1\tЧасть мероприятия\tИтог\t2024\tКомитет А", "1.2.1.1.\tЧасть части\tИтог\t2024\tКомитет А"));

		assertThat(draft.problems()).isEmpty();
		assertThat(draft.sections().get(0).measures()).extracting(MeasureDraft::code, MeasureDraft::parentCode)
			.containsExactly(tuple("1.2", null), tuple("1.2.1", "1.2"), tuple("1.2.1.1", "1.2.1"));
		assertThat(draft.measureCount()).isEqualTo(3);
	}

	@Test
	void aSubMeasureWithoutItsParentIsAProblem() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table(HEADER, "1\tРаздел\t\t\t", "1.3.1\tЧасть мероприятия\tИтог\t2024\tКомитет А"));

		assertThat(draft.problems()).containsExactly(
				new ImportProblem(3, 1, "Мероприятие 1.3.1 стоит вне мероприятия 1.3: мероприятие не найдено"));
		assertThat(measure(draft, "1.3.1").parentCode()).isEqualTo("1.3");
	}

	@Test
	void aRepeatedNumberIsAProblemPointingAtItsFirstLine() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table(HEADER, "1\tРаздел\t\t\t", "1.3\tПервое\tИтог\t2024\tКомитет А",
					"1.3\tВторое\tИтог\t2024\tКомитет Б", "\tпродолжение второго\t\t\t"));

		assertThat(draft.problems())
			.containsExactly(new ImportProblem(4, 1, "Номер 1.3 повторяется (впервые в строке 3)"));
		assertThat(draft.measureCount()).isEqualTo(1);
		// the continuation of the rejected row does not spill into the first 1.3
		assertThat(measure(draft, "1.3").title()).isEqualTo("Первое");
	}

	@Test
	void aMeasureOutsideAnySectionGetsAnImplicitSectionAndAProblem() {
		RoadmapDraft draft = RoadmapTableParser.parse(table(HEADER, "1\tРаздел\t\t\t",
				"1.1\tПервое\tИтог\t2024\tКомитет А", "9.1\tЗаблудившееся\tИтог\t2024\tКомитет А"));

		assertThat(draft.problems())
			.containsExactly(new ImportProblem(4, 1, "Мероприятие 9.1 стоит вне раздела 9: раздел не найден"));
		assertThat(draft.sections()).extracting(SectionDraft::code, SectionDraft::title)
			.containsExactly(tuple("1", "Раздел"), tuple("9", ""));
		assertThat(draft.sections().get(1).measures()).extracting(MeasureDraft::code).containsExactly("9.1");
	}

	@Test
	void aFormulaLikeCellIsAWarningWithLineAndColumn() {
		RoadmapDraft draft = RoadmapTableParser.parse(table(HEADER, "1\tРаздел\t\t\t",
				"1.1\tМероприятие\t=СУММ(A1:A3)\t2024\tКомитет А", "\t@продолжение\t\t\t"));

		assertThat(draft.problems()).isEmpty();
		assertThat(draft.warnings()).extracting(ImportProblem::line, ImportProblem::column)
			.containsExactly(tuple(3, 3), tuple(4, 2));
		assertThat(draft.warnings().get(0).message()).startsWith("Ячейка начинается с «=» и похожа на формулу");
		assertThat(measure(draft, "1.1").expectedResult()).isEqualTo("=СУММ(A1:A3)");
	}

	@Test
	void theSeedHasNothingToWarnAbout() {
		assertThat(seed.warnings()).isEmpty();
	}

	@Test
	void aMissingDeadlineIsAProblemInTheDeadlineColumn() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table(HEADER, "1\tРаздел\t\t\t", "1.3\tМероприятие\tИтог\t\tКомитет А"));

		assertThat(draft.problems())
			.containsExactly(new ImportProblem(3, 4, "Не указан срок исполнения мероприятия 1.3"));
		assertThat(draft.hasErrors()).isTrue();
		assertThat(measure(draft, "1.3").deadlineText()).isEmpty();
	}

	@Test
	void aMissingTitleOrExecutorIsAProblemInItsColumn() {
		RoadmapDraft draft = RoadmapTableParser.parse(table(HEADER, "1\tРаздел\t\t\t", "1.3\t\tИтог\t2024\t ; "));

		assertThat(draft.problems()).containsExactly(new ImportProblem(3, 2, "Не указано наименование мероприятия 1.3"),
				new ImportProblem(3, 5, "Не указан исполнитель мероприятия 1.3"));
	}

	@Test
	void aTableWithoutAHeaderRowIsOneProblemOfTheFile() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table("План мероприятий", "1.1\tСобрать сведения\tОтчёт\t2024\tКомитет А"));

		assertThat(draft.problems()).containsExactly(ImportProblem.file("Не найдена строка заголовков таблицы. "
				+ "Первая строка таблицы должна содержать столбцы «№», «Наименование мероприятия», "
				+ "«Ожидаемый результат», «Срок исполнения», «Исполнитель»."));
		assertThat(draft.sections()).isEmpty();
		assertThat(RoadmapTableParser.parse(table()).problems()).hasSize(1);
	}

	@Test
	void aHeaderWithoutARequiredColumnNamesIt() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table("№\tНаименование мероприятия\tОжидаемый результат\tИсполнитель", "1\tРаздел\t\t",
					"1.1\tСобрать\tОтчёт\tКомитет А"));

		assertThat(draft.problems()).extracting(ImportProblem::line, ImportProblem::message)
			.containsExactly(tuple(1, "В строке заголовков нет столбца «Срок исполнения»"));
		// the measures are read all the same, without a second complaint about each
		// deadline
		assertThat(draft.measureCount()).isEqualTo(1);
	}

	@Test
	void aHeaderWithoutTheNumberColumnReadsNoRows() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table("Наименование мероприятия\tСрок исполнения\tИсполнитель", "Собрать\t2024\tКомитет А"));

		assertThat(draft.problems()).extracting(ImportProblem::line, ImportProblem::message)
			.containsExactly(tuple(1, "В строке заголовков нет столбца «№»"));
		assertThat(draft.sections()).isEmpty();
	}

	@Test
	void anUnknownNumberFormatIsAProblemInTheNumberColumn() {
		RoadmapDraft draft = RoadmapTableParser.parse(table("Наименование мероприятия\t№\tСрок исполнения\tИсполнитель",
				"Раздел\t1\t\t", "Подпункт\tа)\t2024\tКомитет А", "Другое\t1.x\t2024\tКомитет А"));

		assertThat(draft.problems()).containsExactly(new ImportProblem(3, 2, "Не удалось распознать номер «а)»"),
				new ImportProblem(4, 2, "Не удалось распознать номер «1.x»"));
		assertThat(draft.measureCount()).isZero();
	}

	@Test
	void aBodyActingByAgreementIsACoExecutorWithoutTheMark() {
		RoadmapDraft draft = RoadmapTableParser.parse(table(HEADER, "1\tРаздел\t\t\t",
				"1.1\tСобрать\tОтчёт\t2024\tКомитет А; Общественная палата Ленинградской области (по согласованию)",
				"1.2\tСобрать\tОтчёт\t2024\tСовет ректоров (по согласованию), Комитет А"));

		assertThat(measure(draft, "1.1").executors())
			.extracting(ExecutorDraft::nameAsWritten, ExecutorDraft::normalizedName, ExecutorDraft::role)
			.containsExactly(tuple("Комитет А", "комитет а", ExecutorRole.LEAD),
					tuple("Общественная палата Ленинградской области", "общественная палата ленинградской области",
							ExecutorRole.CO));
		assertThat(measure(draft, "1.2").executors()).extracting(ExecutorDraft::nameAsWritten, ExecutorDraft::role)
			.containsExactly(tuple("Совет ректоров", ExecutorRole.CO), tuple("Комитет А", ExecutorRole.CO));
	}

	@Test
	void commasSplitBeforeKnownLowerCaseBodiesButNotInsideBracketsOrQuotes() {
		RoadmapDraft draft = RoadmapTableParser.parse(table(HEADER, "1\tРаздел\t\t\t",
				"1.1\tСобрать\tОтчёт\t2024\tКомитет А, органы местного самоуправления, "
						+ "АНО «Центр, Развитие» (Санкт-Петербург, Ленинградская область), ресурсные центры НКО."));

		assertThat(measure(draft, "1.1").executors()).extracting(ExecutorDraft::nameAsWritten)
			.containsExactly("Комитет А", "органы местного самоуправления",
					"АНО «Центр, Развитие» (Санкт-Петербург, Ленинградская область)", "ресурсные центры НКО");
	}

	@Test
	void allProblemsOfATableAreCollectedWithLineAndColumn() {
		RoadmapDraft draft = RoadmapTableParser.parse(table("Дорожная карта", "",
				"Срок исполнения\t№\tМероприятие\tИсполнитель", "\t\tначало без мероприятия\t", "\t1\tРаздел\t",
				"2024\t1.1\tБез исполнителя\t", "\t1.1\tПовтор\tКомитет А", "2024\t1,2\tКривой номер\tКомитет А",
				"2024\t3.1\tВне раздела\tКомитет А", "\t1.4\t\tКомитет А"));

		assertThat(draft.title()).isEqualTo("Дорожная карта");
		assertThat(draft.problems()).containsExactly(
				new ImportProblem(4, null, "Строка продолжает ячейку, но перед ней нет мероприятия"),
				new ImportProblem(6, 4, "Не указан исполнитель мероприятия 1.1"),
				new ImportProblem(7, 2, "Номер 1.1 повторяется (впервые в строке 6)"),
				new ImportProblem(8, 2, "Не удалось распознать номер «1,2»"),
				new ImportProblem(9, 2, "Мероприятие 3.1 стоит вне раздела 3: раздел не найден"),
				new ImportProblem(10, 1, "Не указан срок исполнения мероприятия 1.4"),
				new ImportProblem(10, 3, "Не указано наименование мероприятия 1.4"));
	}

	@Test
	void blankRulesColumnNumbersAndExtraSpacesAreIgnored() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table(HEADER, "1\t2\t3\t4\t5", "1.\u00A0\tРаздел \u00A0 первый\t\t\t", "\u00A0\t \t\t\t",
					"1.1\tСобрать\u00A0\u00A0сведения\tОтчёт\t 2024  год \tКомитет   А", "---\t-----\t___\t|\t–",
					"\t\t\t\t", "--\t---\t------------\t--\t---"));

		assertThat(draft.problems()).isEmpty();
		assertThat(draft.sections()).extracting(SectionDraft::code, SectionDraft::title)
			.containsExactly(tuple("1", "Раздел первый"));
		MeasureDraft measure = measure(draft, "1.1");
		assertThat(measure.title()).isEqualTo("Собрать сведения");
		assertThat(measure.deadlineText()).isEqualTo("2024 год");
		assertThat(measure.executors()).extracting(ExecutorDraft::nameAsWritten).containsExactly("Комитет А");
	}

	@Test
	void aSectionRowAfterItsMeasuresGivesTheImplicitSectionItsTitle() {
		RoadmapDraft draft = RoadmapTableParser
			.parse(table(HEADER, "2.1\tРаньше раздела\tИтог\t2024\tКомитет А", "2\tРаздел второй\t\t\t"));

		assertThat(draft.problems()).extracting(ImportProblem::message)
			.containsExactly("Мероприятие 2.1 стоит вне раздела 2: раздел не найден");
		assertThat(draft.sections()).extracting(SectionDraft::code, SectionDraft::title)
			.containsExactly(tuple("2", "Раздел второй"));
	}

	// --- helpers ---

	private static MeasureDraft measure(RoadmapDraft draft, String code) {
		return draft.sections()
			.stream()
			.flatMap(s -> s.measures().stream())
			.filter(m -> m.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no measure " + code));
	}

	private static Table table(String... lines) {
		return tsv(String.join("\n", lines));
	}

	/** A test-only TSV reader: lines on "\n", cells on tab, line numbers from 1. */
	private static Table tsv(String text) {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<TableRow> rows = new ArrayList<>();
		if (!body.isEmpty()) {
			String[] lines = body.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
				rows.add(new TableRow(i + 1, Arrays.asList(line.split("\t", -1))));
			}
		}
		return new Table(Format.TSV, "UTF-8", rows);
	}

}
