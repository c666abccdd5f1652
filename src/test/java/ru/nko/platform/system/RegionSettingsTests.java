package ru.nko.platform.system;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The region is named and has a time zone, and the platform's clock keeps it. */
class RegionSettingsTests {

	@Test
	void theRegionIsNamedAndTheClockRunsInItsZone() {
		RegionSettings settings = new RegionSettings(" Псковская область ", ZoneId.of("Europe/Moscow"));
		assertThat(settings.region()).isEqualTo("Псковская область");
		assertThat(new PlatformConfiguration()
			.clock(new RegionSettings("Калининградская область", ZoneId.of("Europe/Kaliningrad")))
			.getZone()).isEqualTo(ZoneId.of("Europe/Kaliningrad"));
		assertThatThrownBy(() -> new RegionSettings(" ", ZoneId.of("Europe/Moscow")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
