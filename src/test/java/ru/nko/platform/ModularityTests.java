package ru.nko.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

	@Test
	void theModuleDiagramInDocsShowsEveryModule() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		String diagram = Files.readString(DOCS.resolve("components.puml"), StandardCharsets.UTF_8);
		for (ApplicationModule module : this.modules) {
			assertThat(diagram).as("module %s in docs/modules/components.puml", module.getIdentifier())
				.contains(module.getDisplayName());
		}
	}

}
