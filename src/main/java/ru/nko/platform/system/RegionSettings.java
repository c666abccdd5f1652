package ru.nko.platform.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The region the platform serves ({@code nko.region}, {@code nko.time-zone}): its name,
 * which a roadmap is imported for, and its time zone, which the platform's
 * {@link java.time.Clock} and so every date people read are in.
 *
 * @param region the region's name, e.g. «Ленинградская область»
 * @param timeZone the region's time zone, e.g. {@code Europe/Moscow}
 */
@ConfigurationProperties("nko")
public record RegionSettings(@DefaultValue("Ленинградская область") String region,
		@DefaultValue("Europe/Moscow") ZoneId timeZone) {

	public RegionSettings {
		if (region == null || region.isBlank()) {
			throw new IllegalArgumentException("nko.region must name the region, e.g. «Ленинградская область»");
		}
		region = region.strip();
	}
}
