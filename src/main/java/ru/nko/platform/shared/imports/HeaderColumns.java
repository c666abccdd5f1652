package ru.nko.platform.shared.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds an import's columns by the words of a header row: one matching rule for every
 * import.
 */
public final class HeaderColumns {

	private HeaderColumns() {
	}

	/**
	 * Each header cell, read as a {@link CellText#key key}, goes to the first column not
	 * found yet one of whose wordings it starts with, a word ending there: "ИНН
	 * организации" names ИНН, "Результаты" does not name "результат", "ОКВЭД" does not
	 * name "ок". Wordings are written as keys (lower case, "е" for "ё").
	 * @return 0-based cell positions by column; a column the header does not name is
	 * absent
	 */
	public static <C extends Enum<C>> Map<C, Integer> find(TableRow header, Class<C> columns,
			Function<C, List<String>> wordings) {
		Map<C, Integer> found = new EnumMap<>(columns);
		for (int index = 0; index < header.size(); index++) {
			String key = CellText.key(header.cell(index));
			if (key.isEmpty()) {
				continue;
			}
			for (C column : columns.getEnumConstants()) {
				if (!found.containsKey(column)
						&& wordings.apply(column).stream().anyMatch(wording -> names(key, wording))) {
					found.put(column, index);
					break;
				}
			}
		}
		return found;
	}

	/** The header key starts with the wording and a word ends where the wording does. */
	static boolean names(String key, String wording) {
		if (!key.startsWith(wording)) {
			return false;
		}
		return key.length() == wording.length() || !Character.isLetterOrDigit(wording.charAt(wording.length() - 1))
				|| !Character.isLetterOrDigit(key.charAt(wording.length()));
	}

}
