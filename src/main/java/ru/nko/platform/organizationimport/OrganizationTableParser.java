package ru.nko.platform.organizationimport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import ru.nko.platform.directory.ActivityArea;
import ru.nko.platform.directory.OrganizationData;
import ru.nko.platform.directory.SocialNetwork;
import ru.nko.platform.shared.export.TableExport;
import ru.nko.platform.shared.ids.Inn;
import ru.nko.platform.shared.ids.Kpp;
import ru.nko.platform.shared.ids.Ogrn;
import ru.nko.platform.shared.imports.CellText;
import ru.nko.platform.shared.imports.HeaderColumns;
import ru.nko.platform.shared.imports.ImportProblem;
import ru.nko.platform.shared.imports.TableRow;
import ru.nko.platform.shared.text.PhoneNumbers;
import ru.nko.platform.shared.text.WebAddress;
import ru.nko.platform.system.InvalidInput;

/**
 * Interprets a registry of organisations (CSV or XLSX read by the import pipeline), one
 * row at a time: columns found by their header in any order, every row validated (INN and
 * OGRN check digits, required fields, known municipality, no formula-like text, no text
 * longer than the directory stores, web addresses only where links go), each problem with
 * line and column. A row with any problem is never kept; an INN or OGRN repeated in the
 * file is found when the rows are staged in the directory.
 */
final class OrganizationTableParser {

	/**
	 * A column the registry may have: its key and the header wordings that name it
	 * ({@link HeaderColumns}).
	 */
	enum Column {

		NAME(true, OrganizationData.NAME_MAX, "полное наименование", "наименование организации", "наименование"),
		SHORT_NAME(false, OrganizationData.SHORT_NAME_MAX, "сокращенное наименование", "краткое наименование"),
		LEGAL_FORM(false, OrganizationData.LEGAL_FORM_MAX, "организационно-правовая форма", "опф"),
		INN(false, 0, "инн"), OGRN(false, 0, "огрн"), KPP(false, 0, "кпп"),
		REGISTERED(false, 0, "дата регистрации", "дата государственной регистрации"),
		ADDRESS(false, OrganizationData.ADDRESS_MAX, "адрес", "юридический адрес"),
		MUNICIPALITY(true, 0, "муниципальное образование", "муниципальный район", "район", "мо"),
		AREAS(false, 0, "направления деятельности", "сферы деятельности", "виды деятельности"),
		SOCIAL_ORIENTED(false, 0, "со нко", "социально ориентированная"),
		IOPU(false, 0, "иопу", "исполнитель общественно полезных услуг"), RESOURCE_CENTER(false, 0, "ресурсный центр"),
		WEBSITE(false, OrganizationData.LINK_MAX, "сайт", "веб-сайт"),
		VK(false, OrganizationData.LINK_MAX, "вконтакте", "вк"),
		TELEGRAM(false, OrganizationData.LINK_MAX, "телеграм", "telegram"),
		OK(false, OrganizationData.LINK_MAX, "одноклассники", "ок"),
		EMAIL(false, OrganizationData.EMAIL_MAX, "электронная почта", "e-mail", "email"),
		PHONE(false, OrganizationData.PHONE_MAX, "телефон"),
		HEAD(false, OrganizationData.PERSON_MAX, "руководитель", "фио руководителя"),
		DESCRIPTION(false, OrganizationData.DESCRIPTION_MAX, "описание", "о деятельности");

		final boolean required;

		/**
		 * The longest text the directory stores for this column; 0 for columns read as
		 * codes, dates, flags or names to look up.
		 */
		final int max;

		final List<String> headers;

		Column(boolean required, int max, String... headers) {
			this.required = required;
			this.max = max;
			this.headers = List.of(headers);
		}

		/**
		 * Whether every registry must have this column (for the page that explains the
		 * format).
		 */
		public boolean isRequired() {
			return this.required;
		}

	}

	/**
	 * One data row read: what it says when nothing is wrong with it (else null), its
	 * identifiers as far as they could be read (so that a later row repeating them is
	 * refused too), and its problems.
	 */
	record Row(int line, OrganizationData data, String inn, String ogrn, List<ImportProblem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	private static final Pattern AREA_SEPARATORS = Pattern.compile("[;,\\n]");

	private static final Set<String> YES = Set.of("да", "yes", "1", "true", "истина", "+", "v");

	private static final Set<String> NO = Set.of("нет", "no", "0", "false", "ложь", "-");

	/** Strict, so that 31.02.2020 is refused rather than read as 29.02.2020. */
	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private final TableRow header;

	private final Map<Column, Integer> columns;

	private final List<ImportProblem> headerProblems = new ArrayList<>();

	private final Map<String, Long> municipalities;

	private final LocalDate today;

	/**
	 * @param header the file's first non-blank row
	 * @param municipalities municipality ids by {@link #normalize normalised} name (and
	 * short forms such as "всеволожский"), as the directory knows them
	 * @param today the region's date today: registration dates after it are refused
	 */
	OrganizationTableParser(TableRow header, Map<String, Long> municipalities, LocalDate today) {
		this.header = header;
		this.municipalities = municipalities;
		this.today = today;
		this.columns = HeaderColumns.find(header, Column.class, column -> column.headers);
		for (Column column : Column.values()) {
			if (column.required && !this.columns.containsKey(column)) {
				this.headerProblems.add(new ImportProblem(header.line(), null,
						"В первой строке нет столбца «" + title(column) + "». Назовите так столбец с этими данными."));
			}
		}
		if (!this.columns.containsKey(Column.INN) && !this.columns.containsKey(Column.OGRN)) {
			this.headerProblems.add(new ImportProblem(header.line(), null,
					"В первой строке нет столбца «ИНН» или «ОГРН»: по ним организации узнаются при повторной загрузке."));
		}
	}

	/** The problem a file without a single row has. */
	static ImportProblem noRows() {
		return ImportProblem.file("В файле нет ни одной строки.");
	}

	/** The header row the columns were found in. */
	TableRow header() {
		return this.header;
	}

	/** The 0-based position of each column the header names. */
	Map<Column, Integer> columns() {
		return this.columns;
	}

	/** What stops the whole file (a required column missing); no row is read then. */
	List<ImportProblem> headerProblems() {
		return this.headerProblems;
	}

	/** Where a column is, 1-based, as problems name it; null when the file lacks it. */
	Integer column(Column column) {
		Integer index = this.columns.get(column);
		return index == null ? null : index + 1;
	}

	/**
	 * Reads and checks every cell of a data row (never a blank one): a row with any
	 * problem is never kept. Repeats of an INN or OGRN in the file are found when the
	 * rows are staged ({@code OrganizationImports.Staging#check}).
	 */
	Row read(TableRow row) {
		List<ImportProblem> rowProblems = new ArrayList<>();
		Cells cells = new Cells(this.header, row, this.columns, rowProblems, this.today);
		// every cell is read (and checked) before the row is judged
		String name = cells.text(Column.NAME);
		if (name == null && !cells.has(Column.NAME)) {
			rowProblems.add(cells.problem(Column.NAME, "Не указано наименование организации"));
		}
		String shortName = cells.text(Column.SHORT_NAME);
		String legalForm = cells.text(Column.LEGAL_FORM);
		String inn = cells.identifier(Column.INN, Inn::problem, text -> Inn.parse(text).value());
		String ogrn = cells.identifier(Column.OGRN, Ogrn::problem, text -> Ogrn.parse(text).value());
		String kpp = cells.identifier(Column.KPP, Kpp::problem, text -> Kpp.parse(text).value());
		if (inn == null && ogrn == null && !cells.has(Column.INN) && !cells.has(Column.OGRN)) {
			rowProblems.add(cells.problem(this.columns.containsKey(Column.INN) ? Column.INN : Column.OGRN,
					"Укажите ИНН или ОГРН организации"));
		}
		LocalDate registered = cells.date(Column.REGISTERED);
		String address = cells.text(Column.ADDRESS);
		Long municipalityId = null;
		String municipality = cells.text(Column.MUNICIPALITY);
		if (municipality == null && !cells.has(Column.MUNICIPALITY)) {
			rowProblems.add(cells.problem(Column.MUNICIPALITY, "Не указано муниципальное образование"));
		}
		else if (municipality != null) {
			municipalityId = this.municipalities.get(normalize(municipality));
			if (municipalityId == null) {
				rowProblems.add(cells.problem(Column.MUNICIPALITY, "Муниципальное образование «" + municipality
						+ "» не найдено в справочнике. Напишите его так, как в справочнике, например «Всеволожский муниципальный район»"));
			}
		}
		Set<ActivityArea> areas = cells.areas(Column.AREAS);
		boolean socialOriented = cells.flag(Column.SOCIAL_ORIENTED);
		boolean iopu = cells.flag(Column.IOPU);
		boolean resourceCenter = cells.flag(Column.RESOURCE_CENTER);
		String website = cells.url(Column.WEBSITE).orElse(null);
		List<OrganizationData.SocialPageLink> pages = new ArrayList<>();
		cells.url(Column.VK).ifPresent(url -> pages.add(new OrganizationData.SocialPageLink(SocialNetwork.VK, url)));
		cells.url(Column.TELEGRAM)
			.ifPresent(url -> pages.add(new OrganizationData.SocialPageLink(SocialNetwork.TELEGRAM, url)));
		cells.url(Column.OK)
			.ifPresent(url -> pages.add(new OrganizationData.SocialPageLink(SocialNetwork.ODNOKLASSNIKI, url)));
		String email = cells.text(Column.EMAIL);
		String phone = cells.phone(Column.PHONE);
		String head = cells.text(Column.HEAD);
		String description = cells.text(Column.DESCRIPTION);
		OrganizationData data = !rowProblems.isEmpty() ? null
				: new OrganizationData(name, shortName, legalForm, inn, ogrn, kpp, registered, address, municipalityId,
						socialOriented, null, iopu, null, resourceCenter, false, website, email, phone, head, null,
						description, null, null, null, areas, pages);
		return new Row(row.line(), data, inn, ogrn, rowProblems);
	}

	/** How municipality names and yes/no values are compared: {@link CellText#key}. */
	static String normalize(String text) {
		return CellText.key(text);
	}

	static String title(Column column) {
		String header = column.headers.get(0);
		return Character.toUpperCase(header.charAt(0)) + header.substring(1);
	}

	/**
	 * The cells of one row, read by column, each refusal recorded with its line and
	 * column.
	 */
	private static final class Cells {

		private final TableRow header;

		private final TableRow row;

		private final Map<Column, Integer> columns;

		private final List<ImportProblem> problems;

		private final LocalDate today;

		Cells(TableRow header, TableRow row, Map<Column, Integer> columns, List<ImportProblem> problems,
				LocalDate today) {
			this.header = header;
			this.row = row;
			this.columns = columns;
			this.problems = problems;
			this.today = today;
		}

		boolean has(Column column) {
			return raw(column) != null;
		}

		ImportProblem problem(Column column, String message) {
			Integer index = this.columns.get(column);
			return new ImportProblem(this.row.line(), index == null ? null : index + 1, message);
		}

		/**
		 * The cell's text on one line ({@link CellText#line}); descriptions keep their
		 * paragraphs ({@link CellText#trim}).
		 */
		private String raw(Column column) {
			Integer index = this.columns.get(column);
			if (index == null) {
				return null;
			}
			String cell = this.row.cell(index);
			String text = column == Column.DESCRIPTION ? CellText.trim(cell) : CellText.line(cell);
			return text.isEmpty() ? null : text;
		}

		/** The column as the file's header names it, so that the official finds it. */
		private String label(Column column) {
			String written = CellText.line(this.header.cell(this.columns.get(column)));
			return written.isEmpty() ? title(column) : written;
		}

		/**
		 * Text of a cell, or null with a problem recorded: a formula-like value is
		 * refused, since a spreadsheet would run it on export, and so is a text longer
		 * than the directory stores.
		 */
		String text(Column column) {
			String text = raw(column);
			if (text != null && TableExport.looksLikeFormula(text)) {
				this.problems.add(problem(column, "Ячейка начинается с «" + text.charAt(0)
						+ "» и похожа на формулу. Уберите этот знак или формулу из ячейки"));
				return null;
			}
			return fits(column, text);
		}

		/**
		 * A telephone number may start with "+" ("+7 (812) 123-45-67"); anything else is
		 * read as text.
		 */
		String phone(Column column) {
			String text = raw(column);
			return text != null && PhoneNumbers.looksLikePhone(text) ? fits(column, text) : text(column);
		}

		private String fits(Column column, String text) {
			if (text != null && column.max > 0 && text.length() > column.max) {
				this.problems.add(problem(column, InvalidInput.tooLong(label(column), column.max, text.length())));
				return null;
			}
			return text;
		}

		String identifier(Column column, Function<String, Optional<String>> check, Function<String, String> clean) {
			String text = text(column);
			if (text == null) {
				return null;
			}
			Optional<String> problem = check.apply(text);
			if (problem.isPresent()) {
				this.problems.add(problem(column, problem.get()));
				return null;
			}
			return clean.apply(text);
		}

		LocalDate date(Column column) {
			String text = text(column);
			if (text == null) {
				return null;
			}
			for (DateTimeFormatter format : DATES) {
				try {
					LocalDate date = LocalDate.parse(text, format);
					if (date.getYear() < 1900 || date.isAfter(this.today.plusDays(1))) {
						break;
					}
					return date;
				}
				catch (DateTimeParseException ignored) {
					// try the next form
				}
			}
			this.problems.add(problem(column, "Дата «" + text + "» не распознана: напишите её как 12.03.2015"));
			return null;
		}

		/**
		 * Flags are never stored as text, so "+" and "-" are read as yes and no rather
		 * than refused as formulas.
		 */
		boolean flag(Column column) {
			String text = raw(column);
			if (text == null) {
				return false;
			}
			String value = normalize(text);
			if (YES.contains(value)) {
				return true;
			}
			if (!NO.contains(value)) {
				this.problems.add(problem(column, "Напишите «да» или «нет», а не «" + text + "»"));
			}
			return false;
		}

		/**
		 * A web page address ({@link WebAddress}): http or https only; "vk.com/group"
		 * becomes https://vk.com/group.
		 */
		Optional<String> url(Column column) {
			String text = text(column);
			if (text == null) {
				return Optional.empty();
			}
			Optional<String> url = WebAddress.parse(text);
			if (url.isEmpty()) {
				this.problems.add(problem(column, "Ссылка «" + text + "» не похожа на адрес страницы в интернете: "
						+ "напишите её как https://vk.com/dobrye_sosedi"));
				return Optional.empty();
			}
			return Optional.ofNullable(fits(column, url.get()));
		}

		/**
		 * Activity areas separated by ";" or ",", each by its Russian name (as in the
		 * directory) or code.
		 */
		Set<ActivityArea> areas(Column column) {
			String text = text(column);
			Set<ActivityArea> areas = EnumSet.noneOf(ActivityArea.class);
			if (text == null) {
				return areas;
			}
			for (String part : AREA_SEPARATORS.split(text)) {
				String value = normalize(part);
				if (value.isEmpty()) {
					continue;
				}
				Optional<ActivityArea> area = ActivityAreaNames.find(value);
				if (area.isPresent()) {
					areas.add(area.get());
				}
				else {
					this.problems.add(problem(column, "Направление «" + part.strip()
							+ "» не найдено в перечне направлений "
							+ "(статья 31.1 закона о НКО). Используйте названия из перечня на странице справочника"));
				}
			}
			return areas;
		}

	}

}
