package ru.nko.platform.officials;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nko.platform.roadmap.IndicatorProvider;

/** What interaction measures for the roadmap so far: measure 1.4, municipalities with a current official under an act. */
@Configuration
class OfficialIndicatorProviders {

	@Bean
	IndicatorProvider municipalitiesWithResponsibleOfficial(ResponsibleOfficials officials) {
		return IndicatorProvider.of("interaction.officials.appointed",
				"Муниципальные образования, где назначен ответственный за взаимодействие с НКО (с актом о назначении)", "МО",
				context -> BigDecimal.valueOf(officials.municipalitiesWithCurrentOfficial()));
	}
}
