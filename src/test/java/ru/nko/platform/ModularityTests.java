package ru.nko.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules keep the shape of ARCHITECTURE.md: no cycles, no access to another module's
 * internals, a diagram in docs/.
 */
class ModularityTests {

	/**
	 * Where the module diagrams live, beside the rest of the documentation (written by
	 * this test, committed).
	 */
	static final Path DOCS = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(NkoPlatformApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	/**
	 * Writes the diagrams beside the build, then into {@code docs/modules} only those
	 * whose relations changed (the generator orders them differently from run to run),
	 * and checks every module is on the overview (or, with no relation, on its own
	 * diagram).
	 */
	@Test
	void theModuleDiagramInDocsShowsEveryModule() throws IOException {
		Path generated = Path.of("target", "modulith-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(generated)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				Path committed = DOCS.resolve(file.getFileName());
				if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(file))) {
					Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		String diagram = Files.readString(DOCS.resolve("components.puml"), StandardCharsets.UTF_8);
		for (ApplicationModule module : this.modules) {
			// the overview draws relations: a module with none either way (the database)
			// has its own diagram only
			boolean related = !module.getDirectDependencies(this.modules).isEmpty() || this.modules.stream()
				.anyMatch(other -> other.getDirectDependencies(this.modules).contains(module));
			Path own = DOCS.resolve("module-" + module.getIdentifier() + ".puml");
			assertThat(related ? diagram : Files.readString(own, StandardCharsets.UTF_8))
				.as("module %s in docs/modules", module.getIdentifier())
				.contains(module.getDisplayName());
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().sorted().toList();
	}

}
