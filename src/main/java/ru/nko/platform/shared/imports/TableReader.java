package ru.nko.platform.shared.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * First stage of the import pipeline: turns the bytes of an uploaded table file into a {@link Table} of text cells.
 *
 * <p>The format is recognised by content, never by the file name (the name only appears in messages).
 * Every failure is an {@link ImportException} whose message is plain Russian for the official who uploaded
 * the file and says what to do. Interpretation of the rows (headers, columns, blank rows) is the caller's job.
 */
public final class TableReader {

    /** Largest accepted upload; checked before anything else. */
    public static final long MAX_BYTES = 20 * 1024 * 1024;

    private static final String ACCEPTED_FORMATS = "Загрузите таблицу в одном из форматов: Excel (XLSX), Word (DOCX), "
            + "CSV или текст с разделителями-табуляциями (TXT).";

    private static final String TOO_BIG = "Файл «%s» больше 20 МБ. Удалите из него лишнее (картинки, ненужные листы) "
            + "или разделите таблицу на несколько файлов и загрузите их по очереди.";
    private static final String EMPTY = "Файл «%s» пуст. Проверьте, что выбран нужный файл и что в нём сохранены данные.";
    private static final String NOT_A_TABLE = "Файл «%s» не является таблицей. " + ACCEPTED_FORMATS;
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
    private static final String BROKEN_XLSX = "Файл «%s» повреждён или не является таблицей Excel (XLSX). "
            + "Откройте его в Excel, сохраните заново и загрузите ещё раз.";
    private static final String BROKEN_DOCX = "Файл «%s» повреждён или не является документом Word (DOCX). "
            + "Откройте его в Word, сохраните заново и загрузите ещё раз.";
    private static final String NO_TABLE = "В документе «%s» нет таблицы. Загрузите документ Word, "
            + "в котором мероприятия оформлены таблицей.";
    private static final String UNKNOWN_ENCODING = "Не удалось определить кодировку файла «%s». "
            + "Сохраните его в кодировке UTF-8 или Windows-1251.";
    private static final String MARKUP = "Файл «%s» — это веб-страница (HTML) или XML, а не таблица. Откройте его в Excel, "
            + "сохраните как «Книга Excel (XLSX)» и загрузите снова.";
    private static final String RTF = "Файл «%s» сохранён в формате RTF. Откройте его в Word, "
            + "сохраните как «Документ Word (DOCX)» и загрузите снова.";
    private static final String UNCLOSED_QUOTE = "Файл «%s», строка %d, столбец %d: ячейка начинается с кавычки, "
            + "но закрывающей кавычки нет, поэтому непонятно, где ячейка кончается. Добавьте закрывающую кавычку "
            + "или удалите открывающую и загрузите файл снова.";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    /** How far binary/markup sniffing looks into a file. */
    private static final int SNIFF_BYTES = 8 * 1024;
    /** How many non-blank records the delimiter guess looks at. */
    private static final int SAMPLE_RECORDS = 20;
    /** Word tables never have more than 63 columns; a larger gridSpan is garbage and must not blow up a row. */
    private static final int MAX_SPAN = 64;

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Non-letter windows-1251 characters that are normal in Russian office text. */
    private static final String RUSSIAN_TYPOGRAPHY = "№«»—–…„“”‘’•°§±\u00A0";
    /** The ten most frequent Russian letters: about two thirds of the letters of any Russian text. */
    private static final String FREQUENT_RUSSIAN_LETTERS = "оеаинтсрвл";
    /** KOI8-R bytes 0xC0–0xDF are these lower-case letters and 0xE0–0xFF the same letters in upper case. */
    private static final String KOI8R_LETTERS = "юабцдефгхийклмнопярстужвьызшэщчъ";

    private TableReader() {
    }

    /**
     * Reads an uploaded file into rows of text cells.
     *
     * @param fileName the name the user uploaded the file under; used only in messages
     * @param content  the file's bytes
     * @throws ImportException with a Russian message when the file is empty, too big, not a table or unreadable
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
        return readText(name, bytes);
    }

    // ---------------------------------------------------------------- recognition helpers

    /** Browsers may send a full client path; the user knows the file by its last segment. */
    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "без названия";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String last = name.substring(slash + 1);
        return last.isBlank() ? name : last;
    }

    private static ImportException problem(String template, String name) {
        return new ImportException(String.format(template, name));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
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

    /** OLE2 is the container of XLS, DOC and also of password-protected XLSX/DOCX; tell them apart. */
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
        } catch (IOException | RuntimeException e) {
            // unreadable container: the generic "old format" advice is still the right thing to say
        }
        return OLD_OFFICE;
    }

    // ---------------------------------------------------------------- ZIP: XLSX and DOCX

    private static Table readZip(String name, byte[] bytes) {
        Set<String> entries;
        try {
            entries = zipEntryNames(bytes);
        } catch (IOException | RuntimeException e) {
            throw problem(brokenMessage(name), name);
        }
        if (entries.contains("xl/workbook.xml")) {
            return readXlsx(name, bytes);
        }
        if (entries.contains("word/document.xml")) {
            return readDocx(name, bytes);
        }
        if (entries.contains("xl/workbook.bin")) {
            throw problem(XLSB, name);
        }
        if (entries.contains("mimetype") && entries.contains("content.xml")) {
            throw problem(OPEN_DOCUMENT, name);
        }
        throw problem(NOT_OFFICE_ZIP, name);
    }

    /** Lists the archive from its central directory only, so nothing is inflated (no zip-bomb exposure here). */
    private static Set<String> zipEntryNames(byte[] bytes) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName().replace('\\', '/');
                // OPC part names are case-insensitive and some writers prefix them with a slash
                names.add((entry.startsWith("/") ? entry.substring(1) : entry).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** When the archive cannot even be listed, the file name is the only hint of what it was meant to be. */
    private static String brokenMessage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".docx") || lower.endsWith(".docm") || lower.endsWith(".dotx") ? BROKEN_DOCX : BROKEN_XLSX;
    }

    private static Table readXlsx(String name, byte[] bytes) {
        List<TableRow> rows;
        // POI reads through ZipSecureFile's guards (inflate ratio, entry size) when opening from a stream
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            rows = sheetRows(workbook);
        } catch (Exception e) {
            throw problem(BROKEN_XLSX, name);
        }
        if (rows.stream().allMatch(TableRow::blank)) {
            throw problem(EMPTY, name);
        }
        return new Table(Format.XLSX, null, rows);
    }

    private static List<TableRow> sheetRows(XSSFWorkbook workbook) {
        if (workbook.getNumberOfSheets() == 0) {
            return List.of();
        }
        XSSFSheet sheet = workbook.getSheetAt(firstVisibleSheet(workbook));
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        DataFormatter formatter = new DataFormatter(RUSSIAN);
        // formula cells are returned as written (see cellText); cached values are used for nothing else
        formatter.setUseCachedValuesForFormulaCells(true);
        int maxColumns = SpreadsheetVersion.EXCEL2007.getMaxColumns();

        List<TableRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            int rowIndex = row.getRowNum();
            List<CellRangeAddress> mergedHere = merged.stream()
                    .filter(region -> region.getFirstRow() <= rowIndex && rowIndex <= region.getLastRow())
                    .toList();
            List<String> cells = new ArrayList<>();
            int lastCell = Math.min(row.getLastCellNum(), maxColumns);
            for (int column = 0; column < lastCell; column++) {
                Cell cell = row.getCell(column);
                boolean covered = isCoveredByMerge(mergedHere, rowIndex, column);
                cells.add(cell == null || covered ? "" : clean(cellText(cell, formatter, workbook.isDate1904())));
            }
            // trailing empty-but-formatted cells carry nothing and can run to column XFD
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(new TableRow(rowIndex + 1, cells));
        }
        return rows;
    }

    private static int firstVisibleSheet(XSSFWorkbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                return i;
            }
        }
        return 0;
    }

    /** A merged region keeps its value in the top-left cell; the rest must read as empty, not as stale values. */
    private static boolean isCoveredByMerge(List<CellRangeAddress> regions, int row, int column) {
        for (CellRangeAddress region : regions) {
            if (region.isInRange(row, column)) {
                return !(row == region.getFirstRow() && column == region.getFirstColumn());
            }
        }
        return false;
    }

    private static String cellText(Cell cell, DataFormatter formatter, boolean date1904) {
        if (cell.getCellType() == CellType.FORMULA) {
            // a formula is shown as written, never as its saved result, so that interpreters can refuse it:
            // imported data are values, and a formula copied into the platform would run again on export
            return "=" + cell.getCellFormula();
        }
        CellType type = cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                // what Russian Excel shows
                return cell.getBooleanCellValue() ? "ИСТИНА" : "ЛОЖЬ";
            case NUMERIC:
                return numericText(cell, formatter, date1904);
            case ERROR:
                return formatter.formatCellValue(cell);
            default:
                return "";
        }
    }

    private static String numericText(Cell cell, DataFormatter formatter, boolean date1904) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            // one date spelling whatever the cell's format or the server's locale, so later stages parse one thing
            LocalDateTime moment = DateUtil.getLocalDateTime(value, date1904, true);
            LocalTime time = moment.toLocalTime();
            String clock = time.getSecond() == 0 ? time.format(TIME) : time.format(TIME_SECONDS);
            if (value < 1) {
                return clock;
            }
            String date = moment.toLocalDate().format(DATE);
            return time.equals(LocalTime.MIDNIGHT) ? date : date + " " + clock;
        }
        boolean general = cell.getCellStyle().getDataFormat() == 0
                || "General".equalsIgnoreCase(cell.getCellStyle().getDataFormatString());
        if (general && value == Math.rint(value) && Math.abs(value) < 1e15) {
            // Excel's "General" turns 12-digit numbers (ИНН, ОГРН) into 7,70708E+11; keep every digit instead
            return Long.toString((long) value);
        }
        return formatter.formatCellValue(cell);
    }

    private static Table readDocx(String name, byte[] bytes) {
        List<TableRow> rows;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFTable> tables = document.getTables();
            if (tables.isEmpty()) {
                throw problem(NO_TABLE, name);
            }
            // the first table wide enough to hold activities; narrow ones are usually approval/signature blocks
            XWPFTable table = tables.stream()
                    .filter(candidate -> candidate.getRows().stream().anyMatch(row -> rowCells(row).size() >= 3))
                    .findFirst()
                    .orElse(tables.get(0));
            rows = new ArrayList<>();
            List<XWPFTableRow> tableRows = table.getRows();
            for (int i = 0; i < tableRows.size(); i++) {
                rows.add(new TableRow(i + 1, rowCells(tableRows.get(i))));
            }
        } catch (ImportException e) {
            throw e;
        } catch (Exception e) {
            throw problem(BROKEN_DOCX, name);
        }
        if (rows.stream().allMatch(TableRow::blank)) {
            throw problem(EMPTY, name);
        }
        return new Table(Format.DOCX, null, rows);
    }

    /** Cells laid out on the table grid, so that column N means the same thing in every row. */
    private static List<String> rowCells(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        CTTrPr rowProperties = row.getCtRow().getTrPr();
        if (rowProperties != null && rowProperties.sizeOfGridBeforeArray() > 0) {
            // a row that starts further right than the grid's first column
            int skipped = gridCount(rowProperties.getGridBeforeArray(0), 0);
            for (int i = 0; i < skipped; i++) {
                cells.add("");
            }
        }
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int span = properties != null && properties.isSetGridSpan() ? gridCount(properties.getGridSpan(), 1) : 1;
            boolean continuation = properties != null && properties.isSetVMerge()
                    && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(continuation ? "" : clean(cellText(cell)));
            for (int i = 1; i < span; i++) {
                cells.add("");
            }
        }
        return cells;
    }

    /** A grid column count from the document, clamped so that a corrupt value cannot blow up a row. */
    private static int gridCount(CTDecimalNumber number, int minimum) {
        BigInteger value = number == null ? null : number.getVal();
        if (value == null) {
            return minimum;
        }
        return (int) Math.max(minimum, Math.min(MAX_SPAN, value.longValue()));
    }

    /** Paragraphs joined by a space; a table nested in the cell contributes its cells' text the same way. */
    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(clean(paragraph.getText()));
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow nestedRow : nested.getRows()) {
                    for (XWPFTableCell nestedCell : nestedRow.getTableCells()) {
                        parts.add(clean(cellText(nestedCell)));
                    }
                }
            }
        }
        parts.removeIf(String::isEmpty);
        return String.join(" ", parts);
    }

    // ---------------------------------------------------------------- text: TSV and CSV

    private record Decoded(String text, String charset) {
    }

    private static Table readText(String name, byte[] bytes) {
        Decoded decoded = decode(name, bytes);
        String text = decoded.text();
        if (clean(text).isEmpty()) {
            throw problem(EMPTY, name);
        }
        rejectMarkup(name, text);
        char delimiter = detectDelimiter(text);
        List<TableRow> rows = new RecordParser(name, text, delimiter).readAll();
        return new Table(delimiter == '\t' ? Format.TSV : Format.CSV, decoded.charset(), rows);
    }

    private static Decoded decode(String name, byte[] bytes) {
        try {
            if (startsWith(bytes, UTF8_BOM)) {
                return new Decoded(strictDecode(bytes, UTF8_BOM.length, StandardCharsets.UTF_8), "UTF-8");
            }
            // Excel's "Текст Юникод" export is UTF-16LE with a BOM and is full of NUL bytes, so it goes before the binary check
            if (startsWith(bytes, UTF16LE_BOM)) {
                return new Decoded(strictDecode(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
            }
            if (startsWith(bytes, UTF16BE_BOM)) {
                return new Decoded(strictDecode(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
            }
        } catch (CharacterCodingException e) {
            throw problem(UNKNOWN_ENCODING, name);
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                throw problem(NOT_A_TABLE, name);
            }
        }
        try {
            return new Decoded(strictDecode(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException e) {
            // not UTF-8: the only other encoding Russian offices still produce is Windows-1251
        }
        String cp1251 = new String(bytes, WINDOWS_1251);
        if (plausiblyRussian(bytes, cp1251)) {
            return new Decoded(cp1251, "windows-1251");
        }
        throw problem(UNKNOWN_ENCODING, name);
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /**
     * Whether bytes read as Windows-1251 look like Russian text rather than some other single-byte encoding.
     *
     * <p>Latin-1 accents and KOI8-R letters also land on Cyrillic code points in Windows-1251, so counting
     * Cyrillic is not enough: Latin-1 gives words mixing Latin and Cyrillic ("Mьller"), KOI8-R gives swapped
     * case ("пРИВЕТ") and frequent Russian letters (о, е, а, и, н…) turn up more often when the same bytes are
     * read as KOI8-R.
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
                } else {
                    wordOther++;
                }
                if (i > start && Character.isLowerCase(decoded.charAt(i - 1)) && Character.isUpperCase(c)) {
                    oddCase = true;
                }
            }
            cyrillic += wordCyrillic;
            if (wordOther > 0) {
                cyrillicInMixedWords += wordCyrillic;
            } else if (wordCyrillic >= 2) {
                cyrillicWords++;
                if (oddCase) {
                    oddCaseWords++;
                }
            }
        }
        if (cyrillic == 0) {
            // only typography such as «» or №, which reads the same in Windows-1251 and Latin-1
            return true;
        }
        if (cyrillicInMixedWords * 5 > cyrillic) {
            return false;
        }
        if (oddCaseWords * 5 > cyrillicWords) {
            return false;
        }
        // the same bytes read as KOI8-R must not look more Russian than they do read as Windows-1251
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

    /** The Russian letter a byte stands for in KOI8-R, in lower case (ё as е), or 0 when it is not a letter. */
    private static char koi8rLowerCaseLetter(int b) {
        if (b == 0xA3 || b == 0xB3) {
            return 'е';
        }
        return b >= 0xC0 ? KOI8R_LETTERS.charAt(b & 0x1F) : 0;
    }

    private static boolean isCyrillicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    /** Web pages, Excel 2003 XML and RTF are text too, but reading them as CSV would only produce junk. */
    private static void rejectMarkup(String name, String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_BYTES)).stripLeading();
        if (head.startsWith("{\\rtf")) {
            throw problem(RTF, name);
        }
        if (head.startsWith("<")) {
            String lower = head.toLowerCase(Locale.ROOT);
            if (lower.startsWith("<?xml") || lower.contains("<html") || lower.contains("<table")
                    || lower.contains("<!doctype") || lower.contains("urn:schemas-microsoft-com:office")) {
                throw problem(MARKUP, name);
            }
        }
    }

    /**
     * Tab when tabs split at least half of the first records; otherwise {@code ;} or {@code ,}, whichever splits
     * more of the first records into the same number (more than one) of cells; {@code ;} on a tie or when
     * neither splits anything (a one-column file), because Russian Excel writes {@code ;}.
     */
    private static char detectDelimiter(String text) {
        Sample tab = sample(text, '\t');
        // tabs hardly ever occur inside cells, so a title line above a tab-separated header must not outvote it
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
     * @param records               non-empty records looked at
     * @param splitRecords          how many of them were split into more than one cell
     * @param usualCells            the most common cell count (the smaller one on a tie, to stay cautious)
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
            } catch (ImportException e) {
                // an unclosed quote: judge by what came before it; the real read will report it
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
     * Splits text into records. CSV follows RFC 4180 (quotes, doubled quotes, delimiters and line breaks inside
     * quotes). TSV takes quotes literally, except for a cell that is exactly one well-formed quoted value
     * containing a line break, a tab or a doubled quote — what Excel writes when it saves such a cell as text.
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

        /** A line break at the very end of the file does not start another (empty) record. */
        boolean hasNext() {
            return pos < text.length();
        }

        TableRow next() {
            int startLine = line;
            List<String> cells = new ArrayList<>();
            while (true) {
                cells.add(clean(readField(cells.size() + 1)));
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

        /** Reads one field and leaves {@code pos} at the delimiter, the line break or the end of text. */
        private String readField(int column) {
            int quote = pos;
            while (quote < text.length() && text.charAt(quote) != delimiter && isInlineSpace(text.charAt(quote))) {
                quote++;
            }
            if (quote < text.length() && text.charAt(quote) == '"') {
                Quoted quoted = scanQuoted(quote);
                if (!tsv) {
                    if (quoted == null) {
                        throw new ImportException(List.of(new ImportProblem(line, column,
                                String.format(UNCLOSED_QUOTE, name, line, column))));
                    }
                    pos = quoted.end();
                    line += quoted.lineBreaks();
                    // anything between the closing quote and the delimiter is kept, as Excel does
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

        /** Reads a quoted value starting at the opening quote; null when it is never closed. */
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
        return c != '\n' && c != '\r' && isSpace(c);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Trims ordinary and non-breaking spaces (and stray BOMs) around a cell; inner whitespace stays. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }
}
