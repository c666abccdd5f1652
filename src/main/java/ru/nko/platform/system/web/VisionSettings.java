package ru.nko.platform.system.web;

import java.util.List;
import java.util.Set;

/**
 * The settings of the version for the visually impaired, as ГОСТ Р 52872-2019 practice
 * and Russian public sites offer them: font size, colour scheme, letter spacing, images;
 * kept in a cookie for the person across pages and visits.
 *
 * @param size {@code normal}, {@code large} or {@code xlarge}
 * @param scheme {@code bw} (black on white), {@code wb} (white on black) or {@code blue}
 * (dark blue on light blue)
 * @param spacing {@code normal} or {@code wide}
 * @param images whether images are shown
 */
record VisionSettings(String size, String scheme, String spacing, boolean images) {

	static final List<String> SIZES = List.of("normal", "large", "xlarge");

	static final List<String> SCHEMES = List.of("bw", "wb", "blue");

	static final List<String> SPACINGS = List.of("normal", "wide");

	static final VisionSettings DEFAULT = new VisionSettings("normal", "bw", "normal", true);

	VisionSettings {
		size = SIZES.contains(size) ? size : DEFAULT.size;
		scheme = SCHEMES.contains(scheme) ? scheme : DEFAULT.scheme;
		spacing = SPACINGS.contains(spacing) ? spacing : DEFAULT.spacing;
	}

	/** The settings from the cookie's value ("large.wb.wide.off"), or the defaults. */
	static VisionSettings parse(String value) {
		String[] parts = value == null ? new String[0] : value.split("\\.");
		if (parts.length != 4) {
			return DEFAULT;
		}
		return new VisionSettings(parts[0], parts[1], parts[2], !"off".equals(parts[3]));
	}

	/** The cookie's value: only the known words, so it is safe as it is. */
	String value() {
		return String.join(".", this.size, this.scheme, this.spacing, this.images ? "on" : "off");
	}

	/** The classes the page's body gets. */
	public String classes() {
		return "lv-size-" + this.size + " lv-scheme-" + this.scheme + " lv-spacing-" + this.spacing
				+ (this.images ? "" : " lv-images-off");
	}

	/** The schemes drawn light on dark, for Bootstrap's dark theme. */
	public boolean dark() {
		return Set.of("wb").contains(this.scheme);
	}

}
