package ru.nko.platform.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import ru.nko.platform.NkoPlatformApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code prod} profile refuses to start with demo data, demo accounts, default
 * secrets or the embedded database.
 */
class ProductionGuardTests {

	private static Throwable rootCause(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static ConfigurableApplicationContext start(List<String> extra, String... profiles) {
		SpringApplication application = new SpringApplication(NkoPlatformApplication.class);
		application.setAdditionalProfiles(profiles);
		List<String> args = new ArrayList<>(
				List.of("--nko.embedded-db.data-dir=" + Path.of("target/pg-test").toAbsolutePath(),
						"--nko.files.root=target/test-files", "--nko.indicators.refresh-initial-delay=600000",
						"--spring.main.banner-mode=off", "--server.port=0"));
		if (extra.stream().noneMatch(arg -> arg.startsWith("--nko.web.base-url="))) {
			args.add("--nko.web.base-url=https://nko.example.ru");
		}
		args.addAll(extra);
		return application.run(args.toArray(String[]::new));
	}

	/**
	 * The database the demo profile runs on (embedded, or CI's), with demo accounts in
	 * it, as explicit settings.
	 */
	private static List<String> demoDatabase() {
		try (ConfigurableApplicationContext demo = start(List.of(), "demo")) {
			var environment = demo.getEnvironment();
			return List.of("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"--spring.datasource.password=" + environment.getProperty("spring.datasource.password"));
		}
	}

	@Test
	void refusesToRunProdTogetherWithTheDemoProfile() {
		List<String> database = demoDatabase();
		assertThatThrownBy(() -> start(database, "prod", "demo").close())
			.satisfies(error -> assertThat(rootCause(error).getMessage()).contains("несовместимы"));
	}

	@Test
	void refusesToRunProdWhileDemoAccountsSignInWithTheDemoPassword() {
		List<String> database = demoDatabase();
		assertThatThrownBy(() -> start(database, "prod").close())
			.satisfies(error -> assertThat(rootCause(error).getMessage()).contains("демонстрационные учётные записи"));
	}

	@Test
	void refusesToRunProdWhileLinksInMailsPointToLocalhost() {
		List<String> database = new ArrayList<>(demoDatabase());
		database.add("--nko.web.base-url=http://localhost:8080");
		assertThatThrownBy(() -> start(database, "prod").close())
			.satisfies(error -> assertThat(rootCause(error).getMessage()).contains("NKO_WEB_BASE_URL"));
	}

	@Test
	void refusesToRunProdOnTheEmbeddedDatabase() {
		assumeTrue(System.getenv("NKO_DB_URL") == null, "an external database is configured for this run");
		assertThatThrownBy(() -> start(List.of(), "prod").close())
			.satisfies(error -> assertThat(rootCause(error).getMessage()).contains("NKO_DB_URL"));
	}

}
