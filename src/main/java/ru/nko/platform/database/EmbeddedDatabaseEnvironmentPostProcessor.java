package ru.nko.platform.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points the application at a database: the one given by {@code NKO_DB_URL} (or Spring's
 * own {@code spring.datasource.url}), otherwise an embedded PostgreSQL whose data live
 * under {@code nko.embedded-db.data-dir}.
 */
public class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new HashMap<>();
		String external = environment.getProperty("NKO_DB_URL");
		if (StringUtils.hasText(external)) {
			properties.put("spring.datasource.url", external);
			properties.put("spring.datasource.username", environment.getProperty("NKO_DB_USER", "nko"));
			properties.put("spring.datasource.password", environment.getProperty("NKO_DB_PASSWORD", ""));
		}
		else if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			if (environment.matchesProfiles("prod")) {
				throw new IllegalStateException(
						"Профиль prod работает только с внешней базой PostgreSQL: задайте NKO_DB_URL, "
								+ "NKO_DB_USER и NKO_DB_PASSWORD");
			}
			Path dataDir = Path.of(environment.getProperty("nko.embedded-db.data-dir", "data/pg")).toAbsolutePath();
			boolean clean = environment.getProperty("nko.embedded-db.clean", Boolean.class, false);
			properties.put("spring.datasource.url", EmbeddedDatabase.start(dataDir, clean));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "postgres");
		}
		if (!properties.isEmpty()) {
			environment.getPropertySources().addFirst(new MapPropertySource("nkoDatabase", properties));
		}
	}

}
