package ru.nko.platform.shared.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads text tables (TSV and CSV): the encoding and the delimiter are recognised from the
 * content, web pages and RTF are refused, and quoted cells follow RFC 4180 (or Excel's
 * way of writing TSV).
 */
final class TextTableReader {

	private static final String NOT_A_TABLE = "Файл «%s» не является таблицей. " + TableReader.ACCEPTED_FORMATS;

	private static final String UNKNOWN_ENCODING = "Не удалось определить кодировку файла «%s». "
			+ "Сохраните его в кодировке UTF-8 или Windows-1251.";

	private static final String MARKUP = "Файл «%s» — это веб-страница (HTML) или XML, а не таблица. Откройте его в Excel, "
			+ "сохраните как «Книга Excel (XLSX)» и загрузите снова.";

	private static final String RTF = "Файл «%s» сохранён в формате RTF. Откройте его в Word, "
			+ "сохраните как «Документ Word (DOCX)» и загрузите снова.";

	private static final String UNCLOSED_QUOTE = "Файл «%s», строка %d, столбец %d: ячейка начинается с кавычки, "
			+ "но закрывающей кавычки нет, поэтому непонятно, где ячейка кончается. Добавьте закрывающую кавычку "
			+ "или удалите открывающую и загрузите файл снова.";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] UTF16BE_BOM = { (byte) 0xFE, (byte) 0xFF };

	/** How far binary/markup sniffing looks into a file. */
	private static final int SNIFF_BYTES = 8 * 1024;

	/** How many non-blank records the delimiter guess looks at. */
	private static final int SAMPLE_RECORDS = 20;

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	/** Non-letter windows-1251 characters that are normal in Russian office text. */
	private static final String RUSSIAN_TYPOGRAPHY = "№«»—–…„“”‘’•°§±\u00A0";

	/**
	 * The ten most frequent Russian letters: about two thirds of the letters of any
	 * Russian text.
	 */
	private static final String FREQUENT_RUSSIAN_LETTERS = "оеаинтсрвл";

	/**
	 * KOI8-R bytes 0xC0–0xDF are these lower-case letters and 0xE0–0xFF the same letters
	 * in upper case.
	 */
	private static final String KOI8R_LETTERS = "юабцдефгхийклмнопярстужвьызшэщчъ";

	private TextTableReader() {
	}

	private record Decoded(String text, String charset) {
	}

	/**
	 * Text with cells separated by tabs, {@code ;} or {@code ,}, in UTF-8 (with or
	 * without BOM), UTF-16 or Windows-1251.
	 */
	static Table read(String name, byte[] bytes) {
		Decoded decoded = decode(name, bytes);
		String text = decoded.text();
		if (CellText.trim(text).isEmpty()) {
			throw TableReader.problem(TableReader.EMPTY, name);
		}
		rejectMarkup(name, text);
		char delimiter = detectDelimiter(text);
		List<TableRow> rows = new RecordParser(name, text, delimiter).readAll();
		return new Table(delimiter == '\t' ? Format.TSV : Format.CSV, decoded.charset(), rows);
	}

	private static Decoded decode(String name, byte[] bytes) {
		try {
			if (TableReader.startsWith(bytes, UTF8_BOM)) {
				return new Decoded(strictDecode(bytes, UTF8_BOM.length, StandardCharsets.UTF_8), "UTF-8");
			}
			// Excel's "Текст Юникод" export is UTF-16LE with a BOM and is full of NUL
			// bytes, so it goes before the binary check
			if (TableReader.startsWith(bytes, UTF16LE_BOM)) {
				return new Decoded(strictDecode(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
			}
			if (TableReader.startsWith(bytes, UTF16BE_BOM)) {
				return new Decoded(strictDecode(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
			}
		}
		catch (CharacterCodingException e) {
			throw TableReader.problem(UNKNOWN_ENCODING, name);
		}
		for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
			if (bytes[i] == 0) {
				throw TableReader.problem(NOT_A_TABLE, name);
			}
		}
		try {
			return new Decoded(strictDecode(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
		}
		catch (CharacterCodingException e) {
			// not UTF-8: the only other encoding Russian offices still produce is
			// Windows-1251
		}
		String cp1251 = new String(bytes, WINDOWS_1251);
		if (plausiblyRussian(bytes, cp1251)) {
			return new Decoded(cp1251, "windows-1251");
		}
		throw TableReader.problem(UNKNOWN_ENCODING, name);
	}

	private static String strictDecode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
		CharBuffer chars = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
		return chars.toString();
	}

	/**
	 * Whether bytes read as Windows-1251 look like Russian text rather than some other
	 * single-byte encoding.
	 *
	 * <p>
	 * Latin-1 accents and KOI8-R letters also land on Cyrillic code points in
	 * Windows-1251, so counting Cyrillic is not enough: Latin-1 gives words mixing Latin
	 * and Cyrillic ("Mьller"), KOI8-R gives swapped case ("пРИВЕТ") and frequent Russian
	 * letters (о, е, а, и, н…) turn up more often when the same bytes are read as KOI8-R.
	 */
	static boolean plausiblyRussian(byte[] bytes, String decoded) {
		int high = 0;
		int fitting = 0;
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
			if (b >= 0x80) {
				high++;
				char c = decoded.charAt(i);
				if (isCyrillicLetter(c) || RUSSIAN_TYPOGRAPHY.indexOf(c) >= 0) {
					fitting++;
				}
			}
		}
		if (fitting * 10L < high * 6L) {
			return false;
		}
		int cyrillic = 0;
		int cyrillicInMixedWords = 0;
		int frequent = 0;
		int cyrillicWords = 0;
		int oddCaseWords = 0;
		int i = 0;
		while (i < decoded.length()) {
			if (!Character.isLetter(decoded.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			int wordCyrillic = 0;
			int wordOther = 0;
			boolean oddCase = false;
			for (; i < decoded.length() && Character.isLetter(decoded.charAt(i)); i++) {
				char c = decoded.charAt(i);
				if (isCyrillicLetter(c)) {
					wordCyrillic++;
					char lower = c == 'Ё' || c == 'ё' ? 'е' : Character.toLowerCase(c);
					if (FREQUENT_RUSSIAN_LETTERS.indexOf(lower) >= 0) {
						frequent++;
					}
				}
				else {
					wordOther++;
				}
				if (i > start && Character.isLowerCase(decoded.charAt(i - 1)) && Character.isUpperCase(c)) {
					oddCase = true;
				}
			}
			cyrillic += wordCyrillic;
			if (wordOther > 0) {
				cyrillicInMixedWords += wordCyrillic;
			}
			else if (wordCyrillic >= 2) {
				cyrillicWords++;
				if (oddCase) {
					oddCaseWords++;
				}
			}
		}
		if (cyrillic == 0) {
			// only typography such as «» or №, which reads the same in Windows-1251 and
			// Latin-1
			return true;
		}
		if (cyrillicInMixedWords * 5 > cyrillic) {
			return false;
		}
		if (oddCaseWords * 5 > cyrillicWords) {
			return false;
		}
		// the same bytes read as KOI8-R must not look more Russian than they do read as
		// Windows-1251
		int koiLetters = 0;
		int koiFrequent = 0;
		for (byte value : bytes) {
			char letter = koi8rLowerCaseLetter(value & 0xFF);
			if (letter != 0) {
				koiLetters++;
				if (FREQUENT_RUSSIAN_LETTERS.indexOf(letter) >= 0) {
					koiFrequent++;
				}
			}
		}
		return koiLetters == 0 || (long) koiFrequent * cyrillic <= (long) frequent * koiLetters;
	}

	/**
	 * The Russian letter a byte stands for in KOI8-R, in lower case (ё as е), or 0 when
	 * it is not a letter.
	 */
	private static char koi8rLowerCaseLetter(int b) {
		if (b == 0xA3 || b == 0xB3) {
			return 'е';
		}
		return b >= 0xC0 ? KOI8R_LETTERS.charAt(b & 0x1F) : 0;
	}

	private static boolean isCyrillicLetter(char c) {
		return Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
	}

	/**
	 * Web pages, Excel 2003 XML and RTF are text too, but reading them as CSV would only
	 * produce junk.
	 */
	private static void rejectMarkup(String name, String text) {
		String head = text.substring(0, Math.min(text.length(), SNIFF_BYTES)).stripLeading();
		if (head.startsWith("{\\rtf")) {
			throw TableReader.problem(RTF, name);
		}
		if (head.startsWith("<")) {
			String lower = head.toLowerCase(Locale.ROOT);
			if (lower.startsWith("<?xml") || lower.contains("<html") || lower.contains("<table")
					|| lower.contains("<!doctype") || lower.contains("urn:schemas-microsoft-com:office")) {
				throw TableReader.problem(MARKUP, name);
			}
		}
	}

	/**
	 * Tab when tabs split at least half of the first records; otherwise {@code ;} or
	 * {@code ,}, whichever splits more of the first records into the same number (more
	 * than one) of cells; {@code ;} on a tie or when neither splits anything (a
	 * one-column file), because Russian Excel writes {@code ;}.
	 */
	private static char detectDelimiter(String text) {
		Sample tab = sample(text, '\t');
		// tabs hardly ever occur inside cells, so a title line above a tab-separated
		// header must not outvote it
		if (tab.splitRecords() > 0 && tab.splitRecords() * 2 >= tab.records()) {
			return '\t';
		}
		Sample semicolon = sample(text, ';');
		Sample comma = sample(text, ',');
		boolean semicolonSplits = semicolon.usualCells() > 1;
		boolean commaSplits = comma.usualCells() > 1;
		if (commaSplits && (!semicolonSplits || comma.recordsWithUsualCells() > semicolon.recordsWithUsualCells())) {
			return ',';
		}
		return ';';
	}

	/**
	 * What splitting the first records with one delimiter gives.
	 *
	 * @param records non-empty records looked at
	 * @param splitRecords how many of them were split into more than one cell
	 * @param usualCells the most common cell count (the smaller one on a tie, to stay
	 * cautious)
	 * @param recordsWithUsualCells how many records have exactly that count
	 */
	private record Sample(int records, int splitRecords, int usualCells, int recordsWithUsualCells) {
	}

	private static Sample sample(String text, char delimiter) {
		RecordParser parser = new RecordParser("", text, delimiter);
		Map<Integer, Integer> counts = new HashMap<>();
		int seen = 0;
		while (parser.hasNext() && seen < SAMPLE_RECORDS) {
			TableRow row;
			try {
				row = parser.next();
			}
			catch (ImportException e) {
				// an unclosed quote: judge by what came before it; the real read will
				// report it
				break;
			}
			if (row.size() == 1 && row.blank()) {
				continue;
			}
			seen++;
			counts.merge(row.size(), 1, Integer::sum);
		}
		int usual = 0;
		int frequency = 0;
		for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
			if (entry.getValue() > frequency || (entry.getValue() == frequency && entry.getKey() < usual)) {
				usual = entry.getKey();
				frequency = entry.getValue();
			}
		}
		int split = counts.entrySet().stream().filter(entry -> entry.getKey() > 1).mapToInt(Map.Entry::getValue).sum();
		return new Sample(seen, split, usual, frequency);
	}

	/**
	 * Splits text into records. CSV follows RFC 4180 (quotes, doubled quotes, delimiters
	 * and line breaks inside quotes). TSV takes quotes literally, except for a cell that
	 * is exactly one well-formed quoted value containing a line break, a tab or a doubled
	 * quote — what Excel writes when it saves such a cell as text.
	 */
	private static final class RecordParser {

		private final String name;

		private final String text;

		private final char delimiter;

		private final boolean tsv;

		private int pos;

		private int line = 1;

		RecordParser(String name, String text, char delimiter) {
			this.name = name;
			// a BOM that survived decoding (e.g. UTF-16) is not part of the first cell
			this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
			this.delimiter = delimiter;
			this.tsv = delimiter == '\t';
		}

		List<TableRow> readAll() {
			List<TableRow> rows = new ArrayList<>();
			while (hasNext()) {
				rows.add(next());
			}
			return rows;
		}

		/**
		 * A line break at the very end of the file does not start another (empty) record.
		 */
		boolean hasNext() {
			return pos < text.length();
		}

		TableRow next() {
			int startLine = line;
			List<String> cells = new ArrayList<>();
			while (true) {
				cells.add(CellText.trim(readField(cells.size() + 1)));
				if (pos >= text.length()) {
					break;
				}
				char c = text.charAt(pos);
				if (c == delimiter) {
					pos++;
					continue;
				}
				skipLineBreak();
				break;
			}
			return new TableRow(startLine, cells);
		}

		/**
		 * Reads one field and leaves {@code pos} at the delimiter, the line break or the
		 * end of text.
		 */
		private String readField(int column) {
			int quote = pos;
			while (quote < text.length() && text.charAt(quote) != delimiter && isInlineSpace(text.charAt(quote))) {
				quote++;
			}
			if (quote < text.length() && text.charAt(quote) == '"') {
				Quoted quoted = scanQuoted(quote);
				if (!tsv) {
					if (quoted == null) {
						throw new ImportException(List
							.of(new ImportProblem(line, column, String.format(UNCLOSED_QUOTE, name, line, column))));
					}
					pos = quoted.end();
					line += quoted.lineBreaks();
					// anything between the closing quote and the delimiter is kept, as
					// Excel does
					StringBuilder value = new StringBuilder(quoted.value());
					while (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
						value.append(text.charAt(pos++));
					}
					return value.toString();
				}
				if (quoted != null && isExcelTsvQuoting(quoted)) {
					pos = skipInlineSpaces(quoted.end());
					line += quoted.lineBreaks();
					return quoted.value();
				}
			}
			int start = pos;
			while (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
				pos++;
			}
			return text.substring(start, pos);
		}

		private boolean isExcelTsvQuoting(Quoted quoted) {
			int after = skipInlineSpaces(quoted.end());
			boolean endsCell = after >= text.length() || isFieldEnd(text.charAt(after));
			String value = quoted.value();
			return endsCell && (value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0 || value.indexOf('"') >= 0);
		}

		private record Quoted(String value, int end, int lineBreaks) {
		}

		/**
		 * Reads a quoted value starting at the opening quote; null when it is never
		 * closed.
		 */
		private Quoted scanQuoted(int openingQuote) {
			StringBuilder value = new StringBuilder();
			int lineBreaks = 0;
			int i = openingQuote + 1;
			while (i < text.length()) {
				char c = text.charAt(i);
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						value.append('"');
						i += 2;
						continue;
					}
					return new Quoted(value.toString(), i + 1, lineBreaks);
				}
				if (c == '\r' || c == '\n') {
					// every line break style inside a cell becomes \n
					value.append('\n');
					lineBreaks++;
					i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
					continue;
				}
				value.append(c);
				i++;
			}
			return null;
		}

		private int skipInlineSpaces(int from) {
			int i = from;
			while (i < text.length() && text.charAt(i) != delimiter && isInlineSpace(text.charAt(i))) {
				i++;
			}
			return i;
		}

		private boolean isFieldEnd(char c) {
			return c == delimiter || c == '\n' || c == '\r';
		}

		/** CRLF, LF and a lone CR each end one line. */
		private void skipLineBreak() {
			char c = text.charAt(pos++);
			if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
				pos++;
			}
			line++;
		}

	}

	private static boolean isInlineSpace(char c) {
		return c != '\n' && c != '\r' && CellText.isSpace(c);
	}

}
