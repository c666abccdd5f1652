package ru.nko.platform.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people reach the platform ({@code nko.web.*}): the address that links in e-mails
 * and files start with, since a scheduled job has no request to take it from.
 *
 * @param baseUrl the platform's public address without a trailing slash, e.g.
 * {@code https://nko.lenobl.ru}
 * @param guestPageCache how long a page a guest sees is kept for the next guests (zero
 * keeps none); any saved change empties the cache at once
 */
@ConfigurationProperties("nko.web")
public record WebSettings(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("10s") Duration guestPageCache) {

	public WebSettings {
		if (baseUrl == null || !baseUrl.strip().matches("https?://[^\\s/]+(/\\S*)?")) {
			throw new IllegalArgumentException(
					"nko.web.base-url must be an http(s) address such as https://nko.lenobl.ru, not " + baseUrl);
		}
		baseUrl = baseUrl.strip().replaceAll("/+$", "");
	}

	/** The full address of a page of the platform, e.g. {@code link("/meetings/42")}. */
	public String link(String path) {
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}
}
