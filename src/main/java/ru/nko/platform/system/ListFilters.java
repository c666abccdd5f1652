package ru.nko.platform.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The one way a filtered list reads its page and filters from the address and links its
 * pages. Filters are lenient: a value that cannot be read (a hand-edited address, an old
 * bookmark) means "any", never an error page.
 */
public final class ListFilters {

	private ListFilters() {
	}

	/**
	 * How far a list counts what it finds: a total above it reads "more than 1 000", so
	 * that a country's lists are not counted whole on every page (the pages and APIs say
	 * so; see docs/ways-of-working.md).
	 */
	public static final int COUNT_CAP = 1_000;

	/**
	 * The page a list shows for {@code ?page=N}: pages in addresses count from 1,
	 * anything below is the first.
	 */
	public static PageRequest page(int page, int size) {
		return page(page, size, Sort.unsorted());
	}

	/** The same, in an order. */
	public static PageRequest page(int page, int size, Sort sort) {
		return PageRequest.of(Math.max(page, 1) - 1, size, sort);
	}

	/**
	 * A page of the API: numbered from 0 as Spring Data does, {@code size} kept between 1
	 * and {@code max}.
	 */
	public static PageRequest apiPage(int page, int size, int max) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), max));
	}

	/** An id, or null when blank or not a number. */
	public static Long id(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A day written as 2026-03-31, or null. */
	public static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** One of an enum's values by its name, or null. */
	public static <E extends Enum<E>> E option(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The path and query of the current request without its {@code page} parameter,
	 * encoded, for {@code fragments/pagination :: pagerWith}.
	 */
	public static String currentWithoutPage() {
		return currentWithout("page");
	}

	/**
	 * The path and query of the current request without these parameters, encoded: a base
	 * for links that set them anew (a municipality chosen among several matches).
	 */
	public static String currentWithout(String... parameters) {
		ServletUriComponentsBuilder builder = ServletUriComponentsBuilder.fromCurrentRequest();
		for (String parameter : parameters) {
			builder.replaceQueryParam(parameter);
		}
		UriComponents url = builder.build();
		return url.getPath() + (url.getQuery() == null || url.getQuery().isEmpty() ? "" : "?" + url.getQuery());
	}

}
