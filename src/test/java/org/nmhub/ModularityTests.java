package org.nmhub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure: no cycles, no use of another module's internals, only declared
 * dependencies. Also writes the module diagrams and checks that docs/architecture holds
 * the current ones.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(NmHubApplication.class);

	@Test
	void modulesRespectTheirDeclaredBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheStyleGuideThatExistsIsDetected() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("shared", "access", "audit",
				"places", "partners", "web");
	}

	@Test
	void committedModuleDiagramMatchesTheCode() throws IOException {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		Path generated = Path.of("target/spring-modulith-docs/components.puml");
		Path committed = Path.of("docs/architecture/components.puml");
		if (Boolean.getBoolean("nmhub.updateDocs") || !Files.exists(committed)) {
			Files.createDirectories(committed.getParent());
			try (Stream<Path> files = Files.list(generated.getParent())) {
				for (Path file : files.toList()) {
					Files.copy(file, committed.resolveSibling(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		// The Documenter does not keep the order of relations stable, so compare the
		// lines as sets.
		assertThat(Files.readAllLines(committed))
			.as("docs/architecture is out of date: run ./mvnw verify -Dnmhub.updateDocs=true and commit it")
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(generated));
	}

}
