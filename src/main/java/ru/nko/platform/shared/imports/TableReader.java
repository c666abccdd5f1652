package ru.nko.platform.shared.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.core.io.InputStreamSource;

/**
 * First stage of the import pipeline: turns the bytes of an uploaded table file into a
 * {@link Table} of text cells, or, for a big registry, into {@link TableRows} read one at
 * a time ({@link #open}).
 *
 * <p>
 * The format is recognised by content, never by the file name (the name only appears in
 * messages); this front refuses what is no table (too big, empty, PDF, old or encrypted
 * Office files, other archives) and hands the rest to one reader per format:
 * {@link TextTableReader} (TSV, CSV), {@link XlsxTableReader}, {@link DocxTableReader}.
 * Every failure is an {@link ImportException} whose message is plain Russian for the
 * official who uploaded the file and says what to do. Interpretation of the rows
 * (headers, columns, blank rows) is the caller's job.
 */
public final class TableReader {

	/**
	 * Largest accepted upload read whole (every format through {@link #read}, workbooks
	 * and documents through {@link #open}); checked before anything else.
	 */
	public static final long MAX_BYTES = 20 * 1024 * 1024;

	/**
	 * Largest text table (CSV, TSV) {@link #open} reads: it is read row by row, so it may
	 * be much bigger than a workbook.
	 */
	public static final long MAX_TEXT_BYTES = 200L * 1024 * 1024;

	static final String ACCEPTED_FORMATS = "Загрузите таблицу в одном из форматов: Excel (XLSX), Word (DOCX), "
			+ "CSV или текст с разделителями-табуляциями (TXT).";

	private static final String TOO_BIG = "Файл «%s» больше 20 МБ. Удалите из него лишнее (картинки, ненужные листы) "
			+ "или разделите таблицу на несколько файлов и загрузите их по очереди.";

	private static final String TOO_BIG_TEXT = "Файл «%s» больше 200 МБ. Разделите таблицу на несколько файлов "
			+ "и загрузите их по очереди.";

	static final String EMPTY = "Файл «%s» пуст. Проверьте, что выбран нужный файл и что в нём сохранены данные.";

	private static final String PDF = "Файл «%s» не является таблицей: это документ PDF, из него нельзя надёжно извлечь "
			+ "таблицу. Загрузите исходный файл, из которого сделан PDF. " + ACCEPTED_FORMATS;

	private static final String OLD_XLS = "Файл «%s» сохранён в старом формате Excel 97–2003 (XLS). Откройте его в Excel, "
			+ "сохраните как «Книга Excel (XLSX)» и загрузите снова.";

	private static final String OLD_DOC = "Файл «%s» сохранён в старом формате Word 97–2003 (DOC). Откройте его в Word, "
			+ "сохраните как «Документ Word (DOCX)» и загрузите снова.";

	private static final String OLD_OFFICE = "Файл «%s» сохранён в старом формате Excel 97–2003 (XLS) или Word 97–2003 (DOC). "
			+ "Откройте его и сохраните как «Книга Excel (XLSX)» или «Документ Word (DOCX)», затем загрузите снова.";

	private static final String ENCRYPTED = "Файл «%s» защищён паролем. Откройте его, снимите пароль "
			+ "(Файл → Сведения → Защита), сохраните и загрузите снова.";

	private static final String NOT_OFFICE_ZIP = "Файл «%s» — архив, но не таблица Excel (XLSX) и не документ Word (DOCX). "
			+ "Сохраните таблицу в формате XLSX, DOCX, CSV или TXT с разделителями-табуляциями.";

	private static final String OPEN_DOCUMENT = "Файл «%s» сохранён в формате OpenDocument (LibreOffice, МойОфис и т. п.). "
			+ "Сохраните его как «Книга Excel (XLSX)» или «Документ Word (DOCX)» и загрузите снова.";

	private static final String XLSB = "Файл «%s» сохранён в двоичном формате Excel (XLSB). Откройте его в Excel, "
			+ "сохраните как «Книга Excel (XLSX)» и загрузите снова.";

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F' };

	private TableReader() {
	}

	/**
	 * Reads an uploaded file into rows of text cells.
	 * @param fileName the name the user uploaded the file under; used only in messages
	 * @param content the file's bytes
	 * @throws ImportException with a Russian message when the file is empty, too big, not
	 * a table or unreadable
	 */
	public static Table read(String fileName, byte[] content) {
		String name = displayName(fileName);
		byte[] bytes = content == null ? new byte[0] : content;
		if (bytes.length > MAX_BYTES) {
			throw problem(TOO_BIG, name);
		}
		if (bytes.length == 0) {
			throw problem(EMPTY, name);
		}
		if (startsWith(bytes, ZIP_MAGIC)) {
			return readZip(name, bytes);
		}
		if (startsWith(bytes, OLE2_MAGIC)) {
			throw problem(oleMessage(bytes), name);
		}
		if (startsWith(bytes, PDF_MAGIC)) {
			throw problem(PDF, name);
		}
		return TextTableReader.read(name, bytes);
	}

	/**
	 * Opens an uploaded file to read its rows one at a time: a text table (CSV, TSV) of
	 * up to {@link #MAX_TEXT_BYTES} is read as the rows are asked for, other formats (up
	 * to {@link #MAX_BYTES}) are read whole as by {@link #read}.
	 * @param fileName the name the user uploaded the file under; used only in messages
	 * @param size the file's length in bytes
	 * @param content the file, opened as many times as reading needs, each time from the
	 * start (a multipart file on disk, a staged upload)
	 * @throws ImportException with a Russian message when the file is empty, too big, not
	 * a table or unreadable; reading the rows may throw it too
	 */
	public static TableRows open(String fileName, long size, InputStreamSource content) {
		String name = displayName(fileName);
		if (size <= 0) {
			throw problem(EMPTY, name);
		}
		try {
			byte[] head;
			try (InputStream in = content.getInputStream()) {
				head = in.readNBytes(ZIP_MAGIC.length);
			}
			if (startsWith(head, ZIP_MAGIC) || startsWith(head, OLE2_MAGIC) || startsWith(head, PDF_MAGIC)) {
				if (size > MAX_BYTES) {
					throw problem(TOO_BIG, name);
				}
				try (InputStream in = content.getInputStream()) {
					return TableRows.of(read(fileName, in.readAllBytes()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (size > MAX_TEXT_BYTES) {
			throw problem(TOO_BIG_TEXT, name);
		}
		return TextTableReader.open(name, content);
	}

	/**
	 * Browsers may send a full client path; the user knows the file by its last segment.
	 */
	private static String displayName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "без названия";
		}
		String name = fileName.strip();
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		String last = name.substring(slash + 1);
		return last.isBlank() ? name : last;
	}

	static ImportException problem(String template, String name) {
		return new ImportException(String.format(template, name));
	}

	static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * OLE2 is the container of XLS, DOC and also of password-protected XLSX/DOCX; tell
	 * them apart.
	 */
	private static String oleMessage(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
				return ENCRYPTED;
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return OLD_XLS;
			}
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				return OLD_DOC;
			}
		}
		catch (IOException | RuntimeException e) {
			// unreadable container: the generic "old format" advice is still the right
			// thing to say
		}
		return OLD_OFFICE;
	}

	private static Table readZip(String name, byte[] bytes) {
		Set<String> entries;
		try {
			entries = zipEntryNames(bytes);
		}
		catch (IOException | RuntimeException e) {
			throw problem(brokenMessage(name), name);
		}
		if (entries.contains("xl/workbook.xml")) {
			return XlsxTableReader.read(name, bytes);
		}
		if (entries.contains("word/document.xml")) {
			return DocxTableReader.read(name, bytes);
		}
		if (entries.contains("xl/workbook.bin")) {
			throw problem(XLSB, name);
		}
		if (entries.contains("mimetype") && entries.contains("content.xml")) {
			throw problem(OPEN_DOCUMENT, name);
		}
		throw problem(NOT_OFFICE_ZIP, name);
	}

	/**
	 * Lists the archive from its central directory only, so nothing is inflated (no
	 * zip-bomb exposure here).
	 */
	private static Set<String> zipEntryNames(byte[] bytes) throws IOException {
		Set<String> names = new HashSet<>();
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
			Enumeration<ZipArchiveEntry> entries = zip.getEntries();
			while (entries.hasMoreElements()) {
				String entry = entries.nextElement().getName().replace('\\', '/');
				// OPC part names are case-insensitive and some writers prefix them with a
				// slash
				names.add((entry.startsWith("/") ? entry.substring(1) : entry).toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

	/**
	 * When the archive cannot even be listed, the file name is the only hint of what it
	 * was meant to be.
	 */
	private static String brokenMessage(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".docx") || lower.endsWith(".docm") || lower.endsWith(".dotx")
				? DocxTableReader.BROKEN_DOCX : XlsxTableReader.BROKEN_XLSX;
	}

}
