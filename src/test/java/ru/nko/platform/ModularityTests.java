package ru.nko.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep the shape of ARCHITECTURE.md: no cycles, no access to another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(NkoPlatformApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
