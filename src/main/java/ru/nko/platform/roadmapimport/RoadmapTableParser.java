package ru.nko.platform.roadmapimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nko.platform.directory.BodyNames;
import ru.nko.platform.roadmap.ExecutorRole;
import ru.nko.platform.roadmapimport.RoadmapDraft.ExecutorDraft;
import ru.nko.platform.roadmapimport.RoadmapDraft.MeasureDraft;
import ru.nko.platform.roadmapimport.RoadmapDraft.SectionDraft;
import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.shared.imports.CellText;
import ru.nko.platform.shared.imports.HeaderColumns;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.Table;
import ru.nko.platform.shared.imports.TableRow;

/**
 * Interprets the table of a regional roadmap ("дорожная карта") as sections and measures.
 * It never stops at the first mistake: every problem goes into the draft, with its line
 * and column, so that one round of corrections to the file is enough.
 */
final class RoadmapTableParser {

	static final String NO_HEADER = "Не найдена строка заголовков таблицы. Первая строка таблицы должна содержать "
			+ "столбцы «№», «Наименование мероприятия», «Ожидаемый результат», «Срок исполнения», «Исполнитель».";
	static final String ORPHAN_CONTINUATION = "Строка продолжает ячейку, но перед ней нет мероприятия";
	static final String FORMULA = "Ячейка начинается с «%s» и похожа на формулу. Текст сохранится как есть (в выгрузке "
			+ "он не сработает как формула), но проверьте, что в ячейке текст, а не формула или ссылка из Excel";

	/** "1", "1.", "1.2", "1.2.", "1.2.1" and deeper. */
	private static final Pattern NUMBERING = Pattern.compile("\\d{1,4}(?:\\.\\d{1,4})*\\.?");

	/**
	 * A rule drawn with characters, as text exports leave at page ends or at the end of a
	 * table.
	 */
	private static final Pattern RULE = Pattern.compile("[-_|–—‐‑−\\s]+");

	/**
	 * Words that hand a body over as an attracted co-executor, written in the genitive
	 * after them.
	 */
	private static final Pattern ATTRACTION = Pattern.compile("(?:^|\\s)(?:с привлечением|при участии)(?:\\s+|$)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern EDGE_LEADING = Pattern.compile("^[\\s,;:]+");

	private static final Pattern EDGE_TRAILING = Pattern.compile("[\\s,;.:]+$");

	private static final String OPENING_QUOTES = "«\"“„'";

	/**
	 * Lower-case starts of a new body after a comma in the executors cell; anything else
	 * in lower case continues the same name ("Комитет по …, межнациональным …
	 * отношениям").
	 */
	private static final List<String> LOWERCASE_BODY_STARTS = List.of("главы ", "глава ", "общественные палаты",
			"общественная палата", "некоммерческие организации", "ресурсные центры", "администрации", "органы");

	private RoadmapTableParser() {
	}

	/**
	 * Reads the whole table; the draft's problems say what has to be fixed before saving.
	 */
	public static RoadmapDraft parse(Table table) {
		return new Run(table.rows()).parse();
	}

	/**
	 * Splits one executors cell into bodies: on ";" always, on "," only before a new
	 * body, around "с привлечением"; the first body is the lead unless it is "(по
	 * согласованию)" or attracted, all the others are co-executors.
	 */
	public static List<ExecutorDraft> splitExecutors(String cell) {
		List<ExecutorDraft> executors = new ArrayList<>();
		for (String part : clean(cell).split(";")) {
			for (String piece : splitOnBodyCommas(part)) {
				Matcher attraction = ATTRACTION.matcher(piece);
				if (attraction.find()) {
					addExecutor(piece.substring(0, attraction.start()), false, executors);
					addExecutor(piece.substring(attraction.end()), true, executors);
				}
				else {
					addExecutor(piece, false, executors);
				}
			}
		}
		return executors;
	}

	private static void addExecutor(String text, boolean attracted, List<ExecutorDraft> executors) {
		boolean byAgreement = BodyNames.byAgreement(text);
		String name = tidyName(BodyNames.withoutAgreement(text));
		if (name.isEmpty()) {
			return;
		}
		ExecutorRole role = executors.isEmpty() && !attracted && !byAgreement ? ExecutorRole.LEAD : ExecutorRole.CO;
		executors.add(new ExecutorDraft(name, BodyNames.normalizeName(name), role));
	}

	private static String tidyName(String text) {
		String name = EDGE_LEADING.matcher(clean(text)).replaceAll("");
		return EDGE_TRAILING.matcher(name).replaceAll("");
	}

	/** Commas inside brackets or quotes never separate bodies. */
	private static List<String> splitOnBodyCommas(String text) {
		List<String> pieces = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch == '(' || ch == '«' || ch == '“') {
				depth++;
			}
			else if ((ch == ')' || ch == '»' || ch == '”') && depth > 0) {
				depth--;
			}
			else if (ch == ',' && depth == 0 && startsNewBody(text.substring(i + 1))) {
				pieces.add(text.substring(start, i));
				start = i + 1;
			}
		}
		pieces.add(text.substring(start));
		return pieces;
	}

	private static boolean startsNewBody(String rest) {
		String text = rest.strip();
		int i = 0;
		while (i < text.length() && OPENING_QUOTES.indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		if (i >= text.length()) {
			return false;
		}
		if (Character.isUpperCase(text.charAt(i))) {
			return true;
		}
		String lower = text.substring(i).toLowerCase(Locale.ROOT).replace('ё', 'е');
		return LOWERCASE_BODY_STARTS.stream().anyMatch(lower::startsWith);
	}

	/**
	 * Whitespace of any kind (NBSP included) as single spaces, trimmed; never null:
	 * {@link CellText#line}.
	 */
	static String clean(String text) {
		return CellText.line(text);
	}

	/**
	 * Columns of a roadmap table, recognised by the words of their header cell
	 * ({@link HeaderColumns}).
	 */
	private enum Column {

		NUMBER("№", "№", "n", "номер"),
		TITLE("Наименование мероприятия", "наименование мероприятия", "наименование", "мероприятие", "мероприятия"),
		RESULT("Ожидаемый результат", "ожидаемый результат", "ожидаемые результаты", "результат", "результаты"),
		DEADLINE("Срок исполнения", "срок исполнения", "срок", "сроки"),
		EXECUTORS("Исполнитель", "исполнитель", "исполнители", "ответственный исполнитель", "ответственные исполнители",
				"ответственный", "ответственные");

		/**
		 * Texts that carry the row's data, in the order a continuation row fills them.
		 */
		static final List<Column> TEXTS = List.of(TITLE, RESULT, DEADLINE, EXECUTORS);
		static final List<Column> REQUIRED = List.of(NUMBER, TITLE, DEADLINE, EXECUTORS);

		final String label;

		final List<String> aliases;

		Column(String label, String... aliases) {
			this.label = label;
			this.aliases = List.of(aliases);
		}

	}

	/**
	 * A section or measure row being read; later continuation rows still add to its
	 * cells.
	 */
	private static final class Entry {

		final String code;

		final String parentCode;

		final Map<Column, String> texts = new EnumMap<>(Column.class);

		int line;

		Entry(String code, String parentCode, int line) {
			this.code = code;
			this.parentCode = parentCode;
			this.line = line;
		}

		void append(Column column, String text) {
			texts.merge(column, text, (before, more) -> before + " " + more);
		}

		String text(Column column) {
			return texts.getOrDefault(column, "");
		}

	}

	/**
	 * A section with its measures; implicit when a measure named it before its own row
	 * came.
	 */
	private static final class Section {

		final Entry head;

		final List<Entry> measures = new ArrayList<>();

		boolean implicit;

		Section(Entry head, boolean implicit) {
			this.head = head;
			this.implicit = implicit;
		}

	}

	/** State of one parse: where the columns are, what has been read, what went wrong. */
	private static final class Run {

		private final List<TableRow> rows;

		private final List<ImportProblem> problems = new ArrayList<>();

		private final List<ImportProblem> warnings = new ArrayList<>();

		private final Map<Column, Integer> columns = new EnumMap<>(Column.class);

		private final List<Section> sections = new ArrayList<>();

		private final Map<String, Section> sectionsByCode = new HashMap<>();

		private final Map<String, Entry> measuresByCode = new HashMap<>();

		/**
		 * Line where each code was first written, to point at it when the code comes
		 * again.
		 */
		private final Map<String, Integer> firstLines = new HashMap<>();

		/**
		 * Row that a continuation row adds to; a rejected row still takes its
		 * continuations.
		 */
		private Entry last;

		Run(List<TableRow> rows) {
			this.rows = rows;
		}

		RoadmapDraft parse() {
			int headerIndex = findHeader();
			if (headerIndex < 0) {
				return new RoadmapDraft(title(rows.size()), List.of(), List.of(ImportProblem.file(NO_HEADER)));
			}
			TableRow header = rows.get(headerIndex);
			for (Column column : Column.REQUIRED) {
				if (!columns.containsKey(column)) {
					problems.add(new ImportProblem(header.line(), null,
							"В строке заголовков нет столбца «" + column.label + "»"));
				}
			}
			String title = title(headerIndex);
			if (!columns.containsKey(Column.NUMBER)) {
				// without numbers no row can be told a section, a measure or a
				// continuation
				return new RoadmapDraft(title, List.of(), problems);
			}
			for (int i = headerIndex + 1; i < rows.size(); i++) {
				TableRow row = rows.get(i);
				if (isBlank(row) || isRule(row) || (i == headerIndex + 1 && isColumnNumbering(row))) {
					continue;
				}
				String number = cell(row, Column.NUMBER);
				if (number.isEmpty()) {
					continuation(row);
				}
				else {
					item(row, number);
				}
			}
			return finish(title);
		}

		/**
		 * The first row naming at least two known columns; each column takes the first
		 * cell it matches.
		 */
		private int findHeader() {
			for (int i = 0; i < rows.size(); i++) {
				Map<Column, Integer> found = HeaderColumns.find(rows.get(i), Column.class, column -> column.aliases);
				if (found.size() >= 2) {
					columns.putAll(found);
					return i;
				}
			}
			return -1;
		}

		/**
		 * Text above the header: the document's own heading, bold marks dropped, case
		 * kept.
		 */
		private String title(int headerIndex) {
			List<String> lines = new ArrayList<>();
			for (int i = 0; i < headerIndex; i++) {
				TableRow row = rows.get(i);
				if (isBlank(row) || isRule(row)) {
					continue;
				}
				lines.add(String.join(" ", nonEmptyCells(row)));
			}
			String title = clean(String.join(" ", lines).replace("**", " "));
			return title.isEmpty() ? null : title;
		}

		private void continuation(TableRow row) {
			Map<Column, String> texts = texts(row);
			if (texts.isEmpty()) {
				return; // text only in columns the roadmap does not use
			}
			if (last == null) {
				problems.add(new ImportProblem(row.line(), null, ORPHAN_CONTINUATION));
				return;
			}
			// a cell broken by a page break goes on in the same column, joined with one
			// space
			texts.forEach(last::append);
		}

		private void item(TableRow row, String number) {
			if (!NUMBERING.matcher(number).matches()) {
				problems.add(new ImportProblem(row.line(), column(Column.NUMBER),
						"Не удалось распознать номер «" + number + "»"));
				last = detached(row, number);
				return;
			}
			String code = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
			Integer firstLine = firstLines.get(code);
			if (firstLine != null) {
				problems.add(new ImportProblem(row.line(), column(Column.NUMBER),
						"Номер " + code + " повторяется (впервые в строке " + firstLine + ")"));
				last = detached(row, code);
				return;
			}
			firstLines.put(code, row.line());
			int lastDot = code.lastIndexOf('.');
			if (lastDot < 0) {
				section(row, code);
			}
			else {
				measure(row, code, code.indexOf('.') == lastDot ? null : code.substring(0, lastDot));
			}
		}

		private void section(TableRow row, String code) {
			Section known = sectionsByCode.get(code);
			if (known != null) {
				// its measures came first and were reported; the section row now gives it
				// a title
				known.implicit = false;
				known.head.line = row.line();
				texts(row).forEach(known.head::append);
				last = known.head;
				return;
			}
			Entry head = new Entry(code, null, row.line());
			texts(row).forEach(head::append);
			add(new Section(head, false));
			last = head;
		}

		private void measure(TableRow row, String code, String parentCode) {
			String sectionCode = code.substring(0, code.indexOf('.'));
			Section section = sectionsByCode.get(sectionCode);
			if (section == null || section.implicit) {
				problems.add(new ImportProblem(row.line(), column(Column.NUMBER),
						"Мероприятие " + code + " стоит вне раздела " + sectionCode + ": раздел не найден"));
				if (section == null) {
					section = new Section(new Entry(sectionCode, null, row.line()), true);
					add(section);
				}
			}
			if (parentCode != null && !measuresByCode.containsKey(parentCode)) {
				problems.add(new ImportProblem(row.line(), column(Column.NUMBER),
						"Мероприятие " + code + " стоит вне мероприятия " + parentCode + ": мероприятие не найдено"));
			}
			Entry measure = new Entry(code, parentCode, row.line());
			texts(row).forEach(measure::append);
			section.measures.add(measure);
			measuresByCode.put(code, measure);
			last = measure;
		}

		private void add(Section section) {
			sections.add(section);
			sectionsByCode.put(section.head.code, section);
		}

		/**
		 * A rejected row: kept aside so its continuation rows do not land in the row
		 * before it.
		 */
		private Entry detached(TableRow row, String code) {
			Entry entry = new Entry(code, null, row.line());
			texts(row).forEach(entry::append);
			return entry;
		}

		private RoadmapDraft finish(String title) {
			List<SectionDraft> drafts = new ArrayList<>();
			for (Section section : sections) {
				List<MeasureDraft> measures = new ArrayList<>();
				for (Entry measure : section.measures) {
					measures.add(measureDraft(measure));
				}
				drafts.add(new SectionDraft(section.head.code, section.head.text(Column.TITLE), section.head.line,
						measures));
			}
			// problems found while finishing measures belong between the ones found row
			// by row
			problems.sort(Comparator.comparingInt(ImportProblem::line)
				.thenComparing(ImportProblem::column, Comparator.nullsFirst(Comparator.naturalOrder())));
			return new RoadmapDraft(title, drafts, problems, warnings);
		}

		private MeasureDraft measureDraft(Entry measure) {
			List<ExecutorDraft> executors = splitExecutors(measure.text(Column.EXECUTORS));
			require(measure, Column.TITLE, !measure.text(Column.TITLE).isEmpty(),
					"Не указано наименование мероприятия ");
			require(measure, Column.DEADLINE, !measure.text(Column.DEADLINE).isEmpty(),
					"Не указан срок исполнения мероприятия ");
			require(measure, Column.EXECUTORS, !executors.isEmpty(), "Не указан исполнитель мероприятия ");
			return new MeasureDraft(measure.code, measure.parentCode, measure.text(Column.TITLE),
					measure.text(Column.RESULT), measure.text(Column.DEADLINE), executors, measure.line);
		}

		/**
		 * A column missing from the header is reported once there, not again for every
		 * measure.
		 */
		private void require(Entry measure, Column column, boolean present, String message) {
			if (!present && columns.containsKey(column)) {
				problems.add(new ImportProblem(measure.line, column(column), message + measure.code));
			}
		}

		/** The 1-based position of the column in the file, as the user sees it. */
		private Integer column(Column column) {
			Integer index = columns.get(column);
			return index == null ? null : index + 1;
		}

		private String cell(TableRow row, Column column) {
			Integer index = columns.get(column);
			return index == null ? "" : clean(row.cell(index));
		}

		/**
		 * The row's texts by column; each row is read here once, so a formula-like cell
		 * is warned about once.
		 */
		private Map<Column, String> texts(TableRow row) {
			Map<Column, String> texts = new EnumMap<>(Column.class);
			for (Column column : Column.TEXTS) {
				String text = cell(row, column);
				if (!text.isEmpty()) {
					texts.put(column, text);
					if (TableExport.looksLikeFormula(text)) {
						warnings
							.add(new ImportProblem(row.line(), column(column), String.format(FORMULA, text.charAt(0))));
					}
				}
			}
			return texts;
		}

		private static List<String> nonEmptyCells(TableRow row) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < row.size(); c++) {
				String text = clean(row.cell(c));
				if (!text.isEmpty()) {
					cells.add(text);
				}
			}
			return cells;
		}

		private static boolean isBlank(TableRow row) {
			return nonEmptyCells(row).isEmpty();
		}

		private static boolean isRule(TableRow row) {
			return RULE.matcher(String.join("", nonEmptyCells(row))).matches();
		}

		/**
		 * The "1 2 3 4 5" row that many documents put under the header to number the
		 * columns.
		 */
		private static boolean isColumnNumbering(TableRow row) {
			List<String> cells = nonEmptyCells(row);
			if (cells.size() < 3) {
				return false;
			}
			for (int i = 0; i < cells.size(); i++) {
				if (!cells.get(i).equals(String.valueOf(i + 1))) {
					return false;
				}
			}
			return true;
		}

	}

}
