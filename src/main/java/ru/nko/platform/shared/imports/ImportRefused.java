package ru.nko.platform.shared.imports;

/**
 * An import refused whole: nothing was saved, and the preview says why. What every
 * import's commit throws, so that its job page and API show the same refusal.
 */
public class ImportRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient ImportPreview<?> preview;

	public ImportRefused(String message, ImportPreview<?> preview) {
		super(message);
		this.preview = preview;
	}

	public ImportPreview<?> preview() {
		return this.preview;
	}

}
