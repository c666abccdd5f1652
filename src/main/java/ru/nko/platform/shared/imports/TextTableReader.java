package ru.nko.platform.shared.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.core.io.InputStreamSource;

/**
 * Reads text tables (TSV and CSV) row by row: the encoding and the delimiter are
 * recognised from the content, web pages and RTF are refused, and quoted cells follow RFC
 * 4180 (or Excel's way of writing TSV). Only the record being read is held in memory, so
 * a registry of a few hundred megabytes reads in the memory of one row.
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

	private static final String RECORD_TOO_LONG = "Файл «%s», строка %d: в строке больше миллиона знаков — так длинно "
			+ "строки таблицы не бывают. Проверьте, что строки разделены переводами строки, и загрузите файл снова.";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] UTF16BE_BOM = { (byte) 0xFE, (byte) 0xFF };

	/** How far binary/markup sniffing looks into a file. */
	private static final int SNIFF_BYTES = 8 * 1024;

	/** How many non-blank records the delimiter guess looks at. */
	private static final int SAMPLE_RECORDS = 20;

	/** How much text the delimiter guess (and the check for a blank file) looks at. */
	private static final int SAMPLE_CHARS = 256 * 1024;

	/**
	 * How much of a file that is not UTF-8 is judged for Windows-1251: all of any
	 * ordinary table.
	 */
	private static final int CP1251_SAMPLE_BYTES = 4 * 1024 * 1024;

	/**
	 * The longest record read: a longer one is a broken file (an unclosed quote, no line
	 * breaks), not a table, and is never held in memory whole.
	 */
	static final int RECORD_MAX_CHARS = 1_000_000;

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

	/**
	 * Text with cells separated by tabs, {@code ;} or {@code ,}, in UTF-8 (with or
	 * without BOM), UTF-16 or Windows-1251, read whole.
	 */
	static Table read(String name, byte[] bytes) {
		// the whole text is in memory anyway: a record may be as long as the file
		try (TableRows rows = open(name, () -> new ByteArrayInputStream(bytes), bytes.length)) {
			List<TableRow> all = new ArrayList<>();
			rows.forEachRemaining(all::add);
			return new Table(rows.format(), rows.charset(), all);
		}
	}

	/**
	 * The rows of a text table, read as they are asked for. The encoding is recognised
	 * first (a file without a byte order mark is read once through to tell UTF-8 from
	 * Windows-1251), then the delimiter from the first records.
	 * @param content opened twice or three times, each time from the start
	 */
	static TableRows open(String name, InputStreamSource content) {
		return open(name, content, RECORD_MAX_CHARS);
	}

	private static TableRows open(String name, InputStreamSource content, int recordMaxChars) {
		Charset charset = encoding(name, content);
		Reader reader = reader(content, charset);
		try {
			CharWindow text = new CharWindow(reader, name, recordMaxChars);
			// a BOM that survived decoding is not part of the first cell
			int start = text.has(0) && text.at(0) == '\uFEFF' ? 1 : 0;
			if (blank(text, start)) {
				throw TableReader.problem(TableReader.EMPTY, name);
			}
			rejectMarkup(name, text.prefix(start, SNIFF_BYTES));
			char delimiter = detectDelimiter(text.prefix(start, SAMPLE_CHARS));
			return new TextRows(reader, new RecordParser(name, text, start, delimiter),
					delimiter == '\t' ? Format.TSV : Format.CSV, charset.name());
		}
		catch (RuntimeException ex) {
			close(reader);
			throw ex;
		}
	}

	private static Charset encoding(String name, InputStreamSource content) {
		try {
			try (InputStream in = content.getInputStream()) {
				byte[] head = in.readNBytes(SNIFF_BYTES);
				if (TableReader.startsWith(head, UTF8_BOM)) {
					return StandardCharsets.UTF_8;
				}
				// Excel's "Текст Юникод" export is UTF-16LE with a BOM and is full of NUL
				// bytes, so it goes before the binary check
				if (TableReader.startsWith(head, UTF16LE_BOM)) {
					return StandardCharsets.UTF_16LE;
				}
				if (TableReader.startsWith(head, UTF16BE_BOM)) {
					return StandardCharsets.UTF_16BE;
				}
				for (byte b : head) {
					if (b == 0) {
						throw TableReader.problem(NOT_A_TABLE, name);
					}
				}
				if (isUtf8(new SequenceInputStream(new ByteArrayInputStream(head), in))) {
					return StandardCharsets.UTF_8;
				}
			}
			// not UTF-8: the only other encoding Russian offices still produce is
			// Windows-1251
			byte[] sample;
			try (InputStream in = content.getInputStream()) {
				sample = in.readNBytes(CP1251_SAMPLE_BYTES);
			}
			if (plausiblyRussian(sample, new String(sample, WINDOWS_1251))) {
				return WINDOWS_1251;
			}
			throw TableReader.problem(UNKNOWN_ENCODING, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the whole stream is well-formed UTF-8, as strict as Java's decoder (no
	 * overlong forms, surrogates or code points past U+10FFFF); reads it through in
	 * chunks.
	 */
	static boolean isUtf8(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		int needed = 0;
		int low = 0x80;
		int high = 0xBF;
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			for (int i = 0; i < read; i++) {
				int b = buffer[i] & 0xFF;
				if (needed == 0) {
					if (b < 0x80) {
						continue;
					}
					if (b >= 0xC2 && b <= 0xDF) {
						needed = 1;
					}
					else if (b >= 0xE0 && b <= 0xEF) {
						needed = 2;
						low = b == 0xE0 ? 0xA0 : 0x80;
						high = b == 0xED ? 0x9F : 0xBF;
					}
					else if (b >= 0xF0 && b <= 0xF4) {
						needed = 3;
						low = b == 0xF0 ? 0x90 : 0x80;
						high = b == 0xF4 ? 0x8F : 0xBF;
					}
					else {
						return false;
					}
				}
				else {
					if (b < low || b > high) {
						return false;
					}
					low = 0x80;
					high = 0xBF;
					needed--;
				}
			}
		}
		return needed == 0;
	}

	/**
	 * The text after the byte order mark, decoded strictly: UTF-8 and UTF-16 refuse a
	 * malformed byte when it is met; Windows-1251 reads every byte as Java does.
	 */
	private static Reader reader(InputStreamSource content, Charset charset) {
		try {
			InputStream in = new BufferedInputStream(content.getInputStream(), 64 * 1024);
			byte[] bom = charset.equals(StandardCharsets.UTF_8) ? UTF8_BOM : charset.equals(StandardCharsets.UTF_16LE)
					? UTF16LE_BOM : charset.equals(StandardCharsets.UTF_16BE) ? UTF16BE_BOM : new byte[0];
			in.mark(bom.length);
			if (!TableReader.startsWith(in.readNBytes(bom.length), bom)) {
				in.reset();
			}
			CodingErrorAction errors = charset.equals(WINDOWS_1251) ? CodingErrorAction.REPLACE
					: CodingErrorAction.REPORT;
			return new InputStreamReader(in,
					charset.newDecoder().onMalformedInput(errors).onUnmappableCharacter(errors));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void close(Reader reader) {
		try {
			reader.close();
		}
		catch (IOException ex) {
			// nothing was written: a failed close loses nothing
		}
	}

	/**
	 * Whether the text holds nothing but spaces and line breaks (looking as far as the
	 * sample: a file longer than that is no blank file worth the name).
	 */
	private static boolean blank(CharWindow text, int start) {
		for (int i = start; i < start + SAMPLE_CHARS; i++) {
			if (!text.has(i)) {
				return true;
			}
			if (!CellText.isSpace(text.at(i))) {
				return false;
			}
		}
		return false;
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
		RecordParser parser = new RecordParser("", new CharWindow(new StringReader(text), "", SAMPLE_CHARS), 0,
				delimiter);
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
	 *
	 * /** Splits text into records. CSV follows RFC 4180 (quotes, doubled quotes,
	 * delimiters and line breaks inside quotes). TSV takes quotes literally, except for a
	 * cell that is exactly one well-formed quoted value containing a line break, a tab or
	 * a doubled quote — what Excel writes when it saves such a cell as text.
	 */
	private static final class RecordParser {

		private final String name;

		private final CharWindow text;

		private final char delimiter;

		private final boolean tsv;

		private int pos;

		private int line = 1;

		RecordParser(String name, CharWindow text, int start, char delimiter) {
			this.name = name;
			this.text = text;
			this.pos = start;
			this.delimiter = delimiter;
			this.tsv = delimiter == '\t';
		}

		/**
		 * A line break at the very end of the file does not start another (empty) record.
		 */
		boolean hasNext() {
			return text.has(pos);
		}

		TableRow next() {
			text.release(pos);
			int startLine = line;
			List<String> cells = new ArrayList<>();
			try {
				while (true) {
					cells.add(CellText.trim(readField(cells.size() + 1)));
					if (!text.has(pos)) {
						break;
					}
					char c = text.at(pos);
					if (c == delimiter) {
						pos++;
						continue;
					}
					skipLineBreak();
					break;
				}
			}
			catch (CharWindow.Full ex) {
				throw new ImportException(
						List.of(new ImportProblem(startLine, null, String.format(RECORD_TOO_LONG, name, startLine))));
			}
			return new TableRow(startLine, cells);
		}

		/**
		 * Reads one field and leaves {@code pos} at the delimiter, the line break or the
		 * end of text.
		 */
		private String readField(int column) {
			int quote = pos;
			while (text.has(quote) && text.at(quote) != delimiter && isInlineSpace(text.at(quote))) {
				quote++;
			}
			if (text.has(quote) && text.at(quote) == '"') {
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
					while (text.has(pos) && !isFieldEnd(text.at(pos))) {
						value.append(text.at(pos++));
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
			while (text.has(pos) && !isFieldEnd(text.at(pos))) {
				pos++;
			}
			return text.slice(start, pos);
		}

		private boolean isExcelTsvQuoting(Quoted quoted) {
			int after = skipInlineSpaces(quoted.end());
			boolean endsCell = !text.has(after) || isFieldEnd(text.at(after));
			String value = quoted.value();
			return endsCell && (value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0 || value.indexOf('"') >= 0);
		}

		private record Quoted(String value, int end, int lineBreaks) {
		}

		/**
		 * Reads a quoted value starting at the opening quote; null when it is never
		 * closed (or not within the longest record read).
		 */
		private Quoted scanQuoted(int openingQuote) {
			StringBuilder value = new StringBuilder();
			int lineBreaks = 0;
			int i = openingQuote + 1;
			try {
				while (text.has(i)) {
					char c = text.at(i);
					if (c == '"') {
						if (text.has(i + 1) && text.at(i + 1) == '"') {
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
						i += c == '\r' && text.has(i + 1) && text.at(i + 1) == '\n' ? 2 : 1;
						continue;
					}
					value.append(c);
					i++;
				}
			}
			catch (CharWindow.Full ex) {
				return null;
			}
			return null;
		}

		private int skipInlineSpaces(int from) {
			int i = from;
			while (text.has(i) && text.at(i) != delimiter && isInlineSpace(text.at(i))) {
				i++;
			}
			return i;
		}

		private boolean isFieldEnd(char c) {
			return c == delimiter || c == '\n' || c == '\r';
		}

		/** CRLF, LF and a lone CR each end one line. */
		private void skipLineBreak() {
			char c = text.at(pos++);
			if (c == '\r' && text.has(pos) && text.at(pos) == '\n') {
				pos++;
			}
			line++;
		}

	}

	/**
	 * The part of the text being read: characters are asked for by their position in the
	 * whole text, and those before the {@link #release released} position are dropped
	 * when room is needed. Holds at most about {@link #RECORD_MAX_CHARS} characters.
	 */
	private static final class CharWindow {

		private static final int CHUNK = 64 * 1024;

		private static final Full FULL = new Full();

		private final Reader reader;

		private final String name;

		private final int max;

		private char[] buffer = new char[CHUNK];

		/** The position of {@code buffer[0]} in the text. */
		private int base;

		/** The position after the last character read. */
		private int end;

		/** Characters before this position are no longer needed. */
		private int kept;

		private boolean finished;

		CharWindow(Reader reader, String name, int recordMaxChars) {
			this.reader = reader;
			this.name = name;
			this.max = Math.max(recordMaxChars, SAMPLE_CHARS) + CHUNK;
		}

		/**
		 * Whether the text has a character at this position (reading on as needed).
		 * @throws Full when the window would have to hold more than its maximum
		 */
		boolean has(int position) {
			return position < this.end || fill(position);
		}

		/** The character at a position {@link #has} said there is. */
		char at(int position) {
			return this.buffer[position - this.base];
		}

		String slice(int from, int to) {
			return new String(this.buffer, from - this.base, to - from);
		}

		/** Up to {@code length} characters from a position, reading on as needed. */
		String prefix(int from, int length) {
			has(from + length - 1);
			return slice(from, Math.max(from, Math.min(this.end, from + length)));
		}

		/** The characters before this position will not be asked for again. */
		void release(int position) {
			this.kept = position;
		}

		private boolean fill(int position) {
			while (position >= this.end) {
				if (this.finished) {
					return false;
				}
				int used = this.end - this.base;
				if (used == this.buffer.length) {
					int dropped = this.kept - this.base;
					if (dropped > 0) {
						System.arraycopy(this.buffer, dropped, this.buffer, 0, used - dropped);
						this.base = this.kept;
					}
					else if (this.buffer.length >= this.max) {
						throw FULL;
					}
					else {
						this.buffer = Arrays.copyOf(this.buffer, (int) Math.min(this.max, this.buffer.length * 2L));
					}
					used = this.end - this.base;
				}
				int read = read(used);
				if (read < 0) {
					this.finished = true;
					return false;
				}
				this.end += read;
			}
			return true;
		}

		private int read(int offset) {
			try {
				return this.reader.read(this.buffer, offset, this.buffer.length - offset);
			}
			catch (CharacterCodingException ex) {
				throw TableReader.problem(UNKNOWN_ENCODING, this.name);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The record being read does not fit: no table has such records. */
		static final class Full extends RuntimeException {

			private static final long serialVersionUID = 1L;

			Full() {
				super(null, null, false, false);
			}

		}

	}

	/** The rows of an opened text table. */
	private static final class TextRows implements TableRows {

		private final Reader reader;

		private final RecordParser parser;

		private final Format format;

		private final String charset;

		TextRows(Reader reader, RecordParser parser, Format format, String charset) {
			this.reader = reader;
			this.parser = parser;
			this.format = format;
			this.charset = charset;
		}

		@Override
		public Format format() {
			return this.format;
		}

		@Override
		public String charset() {
			return this.charset;
		}

		@Override
		public boolean hasNext() {
			return this.parser.hasNext();
		}

		@Override
		public TableRow next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.parser.next();
		}

		@Override
		public void close() {
			TextTableReader.close(this.reader);
		}

	}

	private static boolean isInlineSpace(char c) {
		return c != '\n' && c != '\r' && CellText.isSpace(c);
	}

}
