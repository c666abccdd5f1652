package ru.nko.platform.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadInspectorTests {

	private final UploadInspector inspector = new UploadInspector();

	private static final long MB = 1024 * 1024;

	@Test
	void acceptsARealWordDocumentAndGivesItsTypeAndChecksum() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("Протокол");
			document.write(out);
		}
		UploadInspector.Inspected inspected = this.inspector.inspect("протокол.docx", out.toByteArray(),
				UploadInspector.EVIDENCE_TYPES, MB);
		assertThat(inspected.contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(inspected.sha256()).hasSize(64);
	}

	@Test
	void refusesAZipWithAWebPageNamedLikeAWordDocument() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("index.html"));
			zip.write("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		}
		assertThatThrownBy(
				() -> this.inspector.inspect("отчёт.docx", out.toByteArray(), UploadInspector.EVIDENCE_TYPES, MB))
			.isInstanceOf(UploadInspector.RejectedUpload.class)
			.hasMessageContaining("не подходит");
	}

	@Test
	void refusesAProgramNamedLikeAPdf() {
		byte[] exe = "MZ\u0090\u0000\u0003 this program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> this.inspector.inspect("счёт.pdf", exe, UploadInspector.EVIDENCE_TYPES, MB))
			.isInstanceOf(UploadInspector.RejectedUpload.class)
			.hasMessageContaining("«счёт.pdf»");
	}

	@Test
	void refusesEmptyAndOversizedFiles() {
		assertThatThrownBy(() -> this.inspector.inspect("a.pdf", new byte[0], UploadInspector.EVIDENCE_TYPES, MB))
			.hasMessageContaining("пуст");
		assertThatThrownBy(
				() -> this.inspector.inspect("a.pdf", new byte[(int) MB + 1], UploadInspector.EVIDENCE_TYPES, MB))
			.hasMessageContaining("больше 1 МБ");
	}

	@Test
	void keepsOnlyTheFileNameWithoutFoldersOrControlCharacters() {
		assertThat(UploadInspector.safeName("C:\\Users\\me\\..\\отчёт\".pdf")).isEqualTo("отчёт_.pdf");
		assertThat(UploadInspector.safeName("../../etc/passwd")).isEqualTo("passwd");
	}

}
