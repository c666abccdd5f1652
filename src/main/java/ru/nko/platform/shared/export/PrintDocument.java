package ru.nko.platform.shared.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The one way to print a document as PDF (plans, reports): a title, headings, paragraphs
 * and tables, in DejaVu Sans (shipped in the jar, so Cyrillic prints on any machine).
 * Build with {@link #titled}, add parts in order, then {@link #pdf()}.
 */
public final class PrintDocument {

	private static final BaseFont REGULAR = font("/fonts/DejaVuSans.ttf");

	private static final BaseFont BOLD = font("/fonts/DejaVuSans-Bold.ttf");

	private final String title;

	private final List<Part> parts = new ArrayList<>();

	private boolean landscape;

	private PrintDocument(String title) {
		this.title = title;
	}

	/**
	 * A document with this title, printed at the top of the first page and stored in the
	 * PDF's properties.
	 */
	public static PrintDocument titled(String title) {
		return new PrintDocument(title);
	}

	/** Wide tables read better across the page. */
	public PrintDocument landscape() {
		this.landscape = true;
		return this;
	}

	public PrintDocument heading(String text) {
		this.parts.add(new Heading(text));
		return this;
	}

	public PrintDocument paragraph(String text) {
		this.parts.add(new Text(text, false));
		return this;
	}

	/** A line in small grey print: dates of generation, sources, notes. */
	public PrintDocument note(String text) {
		this.parts.add(new Text(text, true));
		return this;
	}

	/** A table; {@code widths} are relative column widths (as many as headers). */
	public PrintDocument table(List<String> headers, List<List<Object>> rows, float... widths) {
		this.parts.add(new Table(List.copyOf(headers), rows, widths));
		return this;
	}

	public byte[] pdf() {
		Document document = new Document(this.landscape ? PageSize.A4.rotate() : PageSize.A4, 42, 42, 42, 42);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(this.title);
			document.open();
			Paragraph heading = new Paragraph(this.title, new Font(BOLD, 15));
			heading.setSpacingAfter(10);
			document.add(heading);
			for (Part part : this.parts) {
				document.add(part.element());
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Не удалось сформировать PDF", ex);
		}
		return out.toByteArray();
	}

	private sealed interface Part permits Heading, Text, Table {

		Element element();

	}

	private record Heading(String text) implements Part {

		@Override
		public Element element() {
			Paragraph paragraph = new Paragraph(this.text, new Font(BOLD, 12));
			paragraph.setSpacingBefore(12);
			paragraph.setSpacingAfter(6);
			return paragraph;
		}
	}

	private record Text(String text, boolean small) implements Part {

		@Override
		public Element element() {
			Paragraph paragraph = new Paragraph(this.text, this.small
					? new Font(REGULAR, 8, Font.NORMAL, new Color(0x55, 0x55, 0x55)) : new Font(REGULAR, 10));
			paragraph.setSpacingAfter(4);
			return paragraph;
		}
	}

	private record Table(List<String> headers, List<List<Object>> rows, float[] widths) implements Part {

		@Override
		public Element element() {
			PdfPTable table = new PdfPTable(this.headers.size());
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			table.setSpacingAfter(8);
			if (this.widths != null && this.widths.length == this.headers.size()) {
				table.setWidths(this.widths);
			}
			Font head = new Font(BOLD, 8.5f);
			Font body = new Font(REGULAR, 8.5f);
			for (String header : this.headers) {
				PdfPCell cell = new PdfPCell(new Phrase(header, head));
				cell.setBackgroundColor(new Color(0xE9, 0xEC, 0xEF));
				cell.setPadding(4);
				table.addCell(cell);
			}
			for (List<Object> row : this.rows) {
				for (int c = 0; c < this.headers.size(); c++) {
					Object value = c < row.size() ? row.get(c) : null;
					PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value.toString(), body));
					cell.setPadding(4);
					if (value instanceof Number) {
						cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
					}
					table.addCell(cell);
				}
			}
			return table;
		}
	}

	private static BaseFont font(String resource) {
		try (InputStream in = PrintDocument.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Нет шрифта " + resource);
			}
			byte[] bytes = in.readAllBytes();
			return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
					BaseFont.EMBEDDED, true, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
