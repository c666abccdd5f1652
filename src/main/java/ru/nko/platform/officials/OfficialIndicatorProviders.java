package ru.nko.platform.officials;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.nko.platform.roadmap.IndicatorInputsChanged;
import ru.nko.platform.roadmap.IndicatorProvider;

/**
 * What officials measure for the roadmap: measure 1.4, municipalities with a current
 * official under an act. Words in {@code messages/officials.properties}.
 */
@Configuration
class OfficialIndicatorProviders {

	static final String APPOINTED = "interaction.officials.appointed";

	/** Published when an official is appointed (which ends the previous appointment). */
	static final IndicatorInputsChanged CHANGED = IndicatorInputsChanged.of(APPOINTED);

	@Bean
	IndicatorProvider municipalitiesWithResponsibleOfficial(ResponsibleOfficials officials) {
		return IndicatorProvider.of(APPOINTED,
				context -> BigDecimal.valueOf(officials.municipalitiesWithCurrentOfficial()));
	}

}
