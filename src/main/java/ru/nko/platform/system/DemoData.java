package ru.nko.platform.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a module's demo data in the {@code demo} profile: once (when the module finds its
 * data missing), as the platform itself, all of it or nothing. Each module keeps its own
 * demo class listening to the application being ready, ordered so that later modules find
 * what they refer to (see {@code docs/ways-of-working.md}).
 */
@Component
@Profile("demo")
public class DemoData {

	/**
	 * The demo logins, all with the password "demo"; the {@code prod} profile refuses to
	 * run while they sign in with it.
	 */
	public static final List<String> ACCOUNTS = List.of("admin", "executor", "municipal", "municipal2", "ngo", "ngo2",
			"expert", "resource", "initiative");

	/**
	 * Start-up order of the modules' demo data: reference data and accounts first, the
	 * roadmap that measures them last.
	 */
	public static final int DIRECTORY = 10, OPENNESS = 20, OFFICIALS = 30, PROBLEMS = 40, ACTION_PLANS = 50,
			MEETINGS = 60, MEETING_PLANS = 65, ROADMAP = 90;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final TransactionTemplate transaction;

	DemoData(PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Runs {@code create} in one transaction as the platform, if {@code missing} says the
	 * module has no demo data yet.
	 */
	public void load(String what, BooleanSupplier missing, Runnable create) {
		SystemAuthentication.run(() -> this.transaction.executeWithoutResult(status -> {
			if (missing.getAsBoolean()) {
				create.run();
				log.info("Demo data loaded: {}", what);
			}
		}));
	}

	/**
	 * The rows of a table of demo data on the class path (UTF-8): one a line, its fields
	 * separated by tabs; blank lines and lines starting with "#" are left out.
	 */
	public static List<String[]> table(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split("\t", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
