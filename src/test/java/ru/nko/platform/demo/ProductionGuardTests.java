package ru.nko.platform.demo;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

import ru.nko.platform.NkoPlatformApplication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code prod} profile refuses to start with demo data, demo accounts or default secrets. */
class ProductionGuardTests {

	private static Throwable rootCause(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static void start(String... profiles) {
		SpringApplication application = new SpringApplication(NkoPlatformApplication.class);
		application.setAdditionalProfiles(profiles);
		application.run("--nko.embedded-db.data-dir=" + Path.of("target/pg-test").toAbsolutePath(),
				"--nko.files.root=target/test-files", "--nko.indicators.refresh-initial-delay=600000",
				"--spring.main.banner-mode=off", "--server.port=0").close();
	}

	@Test
	void refusesToRunProdTogetherWithTheDemoProfile() {
		assertThatThrownBy(() -> start("prod", "demo")).satisfies(error ->
				org.assertj.core.api.Assertions.assertThat(rootCause(error).getMessage()).contains("несовместимы"));
	}

	@Test
	void refusesToRunProdWhileDemoAccountsSignInWithTheDemoPassword() {
		// the demo profile of other tests in this JVM (or a first run here) has created the demo accounts
		try {
			start("demo");
		}
		catch (RuntimeException ignored) {
			// accounts exist already
		}
		assertThatThrownBy(() -> start("prod")).satisfies(error ->
				org.assertj.core.api.Assertions.assertThat(rootCause(error).getMessage()).contains("демонстрационные учётные записи"));
	}
}
