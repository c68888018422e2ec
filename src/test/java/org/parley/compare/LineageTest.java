package org.parley.compare;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.transaction.support.TransactionTemplate;

import org.parley.compare.Lineage.Step;
import org.parley.proposal.LinkKind;
import org.parley.system.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@AnalystViewsTest
class LineageTest {

	@Autowired
	Lineage lineage;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EntityManager em;

	@Autowired
	EntityManagerFactory emf;

	@BeforeEach
	void fixtures() {
		CompareFixtures.ensure(tx, em);
	}

	@Test
	void followsThePointBackAndForwardAcrossVersionsAndProposals() {
		var view = lineage.of("fx-us", 1, "3");

		assertThat(view.steps()).extracting(Step::pointKey)
			.containsExactly("fx-us@1#3", "fx-us@2#3", "fx-e3@1#7", "fx-us@3#3", "fx-ua@1#2")
			.as("the other source of a merge is not this point's lineage")
			.doesNotContain("fx-us@1#4", "fx-e3@1#8");
		Step e3 = view.steps().get(2);
		assertThat(e3.from()).containsExactly(new Lineage.From(LinkKind.ANSWERS, "fx-us@1#3"));
		assertThat(e3.diff()).extracting(Segment::kind, Segment::text)
			.contains(org.assertj.core.groups.Tuple.tuple(Segment.Kind.DELETED, "600"),
					org.assertj.core.groups.Tuple.tuple(Segment.Kind.INSERTED, "800"));
		assertThat(view.steps().get(0).current()).isTrue();
		assertThat(view.introducedHere()).isTrue();
	}

	@Test
	void tellsWhichVersionFirstUsedTheCurrentWording() {
		assertThat(lineage.of("fx-us", 2, "1").introducedIn()).isEqualTo("fx-us@1");
		assertThat(lineage.of("fx-e3", 1, "1").introducedIn()).isEqualTo("fx-us@1");
		assertThat(lineage.of("fx-us", 2, "3").introducedIn()).isEqualTo("fx-us@2");
	}

	@Test
	void saysSoWhenAPointIsNotLinked() {
		var view = lineage.of("fx-e3", 1, "9");

		assertThat(view.linked()).isFalse();
		assertThat(render(view)).contains("This point is not linked to any other.");
	}

	@Test
	void rendersAsAFragmentForThePointPage() {
		String html = render(lineage.of("fx-e3", 1, "7"));

		assertThat(html).contains("<h2 id=\"wording-heading\">How the wording changed</h2>", "This version introduced the current wording.",
				"href=\"/proposals/fx-us/versions/1/points/3\"", "answers", "<del>600</del><ins>800</ins>");
	}

	@Test
	void unknownOrDraftPointsAreNotFound() {
		assertThatThrownBy(() -> lineage.of("fx-us", 1, "99")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> lineage.of("fx-ua", 2, "1")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void issuesThreeStatementsWhateverTheLengthOfTheChain() {
		var statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		lineage.of("fx-us", 1, "3");
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
	}

	@Test
	void versionPagesLinkToTheirDiffs() {
		WebContext context = webContext();
		context.setVariables(Map.of("proposal", "fx-e3", "number", 2, "basedOn", "fx-us@1"));
		String html = templates.process("compare-test/includes", context);
		assertThat(html).contains("href=\"/diff?from=fx-e3@1&amp;to=fx-e3@2\"",
				"href=\"/diff?from=fx-us@1&amp;to=fx-e3@2\"");
	}

	private static WebContext webContext() {
		var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
			.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
		return new WebContext(exchange);
	}

	private String render(Lineage.View view) {
		WebContext context = webContext();
		context.setVariable("lineage", view);
		return templates.process("compare-test/includes", context);
	}

}
