package org.nmhub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The few rules Spring Modulith does not check (see STYLE.md).
 */
class ArchitectureRulesTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.nmhub");

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		fields().should().notBeAnnotatedWith(Autowired.class).check(classes);
	}

	@Test
	void sqlLivesInRepositoriesQueriesAndDemoLoaders() {
		noClasses().that()
			.haveSimpleNameNotEndingWith("Repository")
			.and()
			.haveSimpleNameNotEndingWith("Queries")
			.and()
			.haveSimpleNameNotEndingWith("DemoData")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(JdbcTemplate.class)
			.check(classes);
	}

	@Test
	void sharedKernelDependsOnNothingInSpring() {
		noClasses().that()
			.resideInAPackage("org.nmhub.shared..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(classes);
	}

	@Test
	void reportsNeverWrite() {
		noClasses().that()
			.resideInAPackage("org.nmhub.reports..")
			.should()
			.callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("a save, delete or update method",
					call -> call.getTarget().getName().matches("(save|delete|update).*")))
			.allowEmptyShould(true)
			.check(classes);
	}

}
