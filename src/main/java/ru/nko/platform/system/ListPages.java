package ru.nko.platform.system;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** The one way a filtered list links its pages: the current request's address with its filters, less the page. */
public final class ListPages {

	private ListPages() {
	}

	/** The path and query of the current request without its {@code page} parameter, encoded, for {@code fragments/pagination :: pagerWith}. */
	public static String currentWithoutPage() {
		UriComponents url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build();
		return url.getPath() + (url.getQuery() == null || url.getQuery().isEmpty() ? "" : "?" + url.getQuery());
	}
}
