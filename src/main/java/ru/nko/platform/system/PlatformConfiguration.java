package ru.nko.platform.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module shares. */
@Configuration
class PlatformConfiguration {

	/**
	 * The platform's clock, in the region's time zone ({@code nko.time-zone}); tests
	 * replace it to move in time.
	 */
	@Bean
	Clock clock(RegionSettings region) {
		return Clock.system(region.timeZone());
	}

}
