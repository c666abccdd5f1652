package ru.nko.platform.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Checks an uploaded file by its content, not its name or the browser's word: what it
 * really is, whether that kind is accepted here, and whether it is small enough.
 */
@Component
public class UploadInspector {

	/** Evidence files: documents, spreadsheets, images. */
	public static final Set<String> EVIDENCE_TYPES = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png", "image/jpeg");

	private static final Map<String, String> NAMES = Map.of("application/pdf", "PDF",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX", "image/png", "PNG",
			"image/jpeg", "JPEG");

	/** The part every real OOXML document of a type contains. */
	private static final Map<String, String> OOXML_PARTS = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml");

	private final Tika tika = new Tika();

	private static boolean hasZipEntry(byte[] content, String entryName) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				if (entry.getName().equals(entryName)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Returns the detected type of an accepted file or throws {@link RejectedUpload} with
	 * a Russian reason.
	 */
	public Inspected inspect(String fileName, byte[] content, Set<String> acceptedTypes, long maxBytes) {
		String name = fileName == null || fileName.isBlank() ? "без имени" : fileName;
		if (content.length == 0) {
			throw new RejectedUpload("Файл «" + name + "» пуст.");
		}
		if (content.length > maxBytes) {
			throw new RejectedUpload("Файл «" + name + "» больше " + (maxBytes / (1024 * 1024))
					+ " МБ. Уменьшите его или разделите на части.");
		}
		String type = this.tika.detect(content, name);
		if (OOXML_PARTS.containsKey(type) && !hasZipEntry(content, OOXML_PARTS.get(type))) {
			// tika-core names any ZIP by its extension; a real Word or Excel file has its
			// main part inside
			type = "application/zip";
		}
		if (!acceptedTypes.contains(type)) {
			String accepted = acceptedTypes.stream()
				.map(t -> NAMES.getOrDefault(t, t))
				.sorted()
				.reduce((a, b) -> a + ", " + b)
				.orElse("");
			throw new RejectedUpload("Файл «" + name + "» не подходит: по содержимому это не " + accepted
					+ ". Загрузите файл одного из этих видов.");
		}
		return new Inspected(safeName(name), type, content.length, sha256(content));
	}

	/**
	 * The file name without folders and characters that break headers or file systems.
	 */
	public static String safeName(String fileName) {
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		base = base.replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").trim();
		if (base.length() > 200) {
			base = base.substring(base.length() - 200);
		}
		return base.isEmpty() ? "file" : base;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What an accepted file turned out to be. */
	public record Inspected(String fileName, String contentType, long size, String sha256) {
	}

	/** An upload refused, with the reason in Russian. */
	public static class RejectedUpload extends RuntimeException {

		public RejectedUpload(String message) {
			super(message);
		}

	}

}
