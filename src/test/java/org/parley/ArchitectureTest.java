package org.parley;

import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package structure of docs/architecture.md, checked on every build: each feature owns
 * its reading and its writing, features depend on each other in one direction only, and
 * the web layer sits on top of the domain.
 */
class ArchitectureTest {

	private static final JavaClasses PARLEY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.parley");

	/**
	 * No cycle between the features below {@code root}, counting every dependency of their
	 * domain code. A feature's pages may show what other features hold (the party page
	 * lists the party's positions), so dependencies that start in a {@code web} package are
	 * left to {@link #webLayersFormNoCycles()}; the domain never depends on web code, so the
	 * two rules together leave no cycle at all.
	 */
	static ArchRule noCyclesBetweenFeatures(String root) {
		return slices().matching(root + ".(*)..")
			.namingSlices("feature $1")
			.should()
			.beFreeOfCycles()
			.ignoreDependency(resideInAPackage("..web.."), DescribedPredicate.alwaysTrue())
			.as("features below " + root + " depend on each other in one direction only");
	}

	@Test
	void featuresDependOnEachOtherInOneDirectionOnly() {
		noCyclesBetweenFeatures("org.parley").check(PARLEY);
	}

	@Test
	void theCycleRuleCatchesADeliberateCycle() {
		JavaClasses fixture = new ClassFileImporter().importPackages("org.parley.architecturefixture");
		EvaluationResult result = noCyclesBetweenFeatures("org.parley.architecturefixture").evaluate(fixture);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails())
			.anySatisfy(detail -> assertThat(detail).contains("Cycle detected: feature a ->"));
	}

	@Test
	void webLayersFormNoCycles() {
		slices().matching("org.parley.(*)..web..").should().beFreeOfCycles().check(PARLEY);
	}

	@Test
	void webDependsOnTheDomainNeverTheReverse() {
		noClasses().that()
			.resideOutsideOfPackage("org.parley..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.parley..web..")
			.as("domain code does not depend on web code (system.web included)")
			.check(PARLEY);
	}

	@Test
	void noEntityReachesAControllerOrATemplate() {
		noClasses().that()
			.resideInAPackage("org.parley..web..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Entity.class)
			.as("web code works with records and forms, never with JPA entities")
			.check(PARLEY);
	}

	/**
	 * What the web layer gets from the domain (the records read services return, the form
	 * objects forms bind) holds no entity either, so a template cannot walk into one.
	 */
	@Test
	void readModelsAndFormsHoldNoEntity() {
		DescribedPredicate<JavaClass> readModelsAndForms = DescribedPredicate.describe("are public records or forms",
				c -> (c.isRecord() && c.getModifiers().contains(JavaModifier.PUBLIC))
						|| c.getSimpleName().endsWith("Form"));
		ArchCondition<JavaField> holdAnEntity = new ArchCondition<>("hold an entity") {
			@Override
			public void check(JavaField field, ConditionEvents events) {
				// the field's type and its type arguments, so List<Point> counts too
				boolean entity = field.getAllInvolvedRawTypes().stream().anyMatch(t -> t.isAnnotatedWith(Entity.class));
				events.add(new SimpleConditionEvent(field, entity, field.getFullName() + " holds an entity"));
			}
		};
		noFields().that().areDeclaredInClassesThat(readModelsAndForms).should(holdAnEntity).check(PARLEY);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.bePackagePrivate()
			.check(PARLEY);
	}

}
