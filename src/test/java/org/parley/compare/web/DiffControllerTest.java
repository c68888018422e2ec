package org.parley.compare.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import org.parley.compare.AnalystViewsTest;
import org.parley.compare.CompareFixtures;
import org.parley.compare.VersionDiff;
import org.parley.proposal.PointChange;
import org.parley.proposal.VersionKey;

import static org.assertj.core.api.Assertions.assertThat;

@AnalystViewsTest
class DiffControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	VersionDiff versionDiff;

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
	void countsWhatARevisionChanged() {
		var view = diff("fx-us@1", "fx-us@2");

		assertThat(view.counts()).containsEntry(PointChange.UNCHANGED, 1)
			.containsEntry(PointChange.REVISED, 1)
			.containsEntry(PointChange.REMOVED, 3)
			.containsEntry(PointChange.ADDED, 0)
			.containsEntry(PointChange.RENUMBERED, 0);
	}

	@Test
	void pairsPointsAcrossProposalsThroughTheirLinksWhateverTheirLabels() {
		var e3 = diff("fx-us@1", "fx-e3@1");
		assertThat(e3.counts()).containsEntry(PointChange.UNCHANGED, 1)
			.containsEntry(PointChange.REVISED, 2)
			.containsEntry(PointChange.REMOVED, 2)
			.containsEntry(PointChange.ADDED, 1);
		assertThat(e3.pairs()).filteredOn(p -> p.change() == PointChange.REVISED)
			.extracting(p -> p.fromLabels() + ">" + p.toLabels() + " " + p.renumbered())
			.containsExactly("3>7 true", "4>8 true");

		var ukraine = diff("fx-e3@1", "fx-ua@1");
		assertThat(ukraine.counts()).containsEntry(PointChange.RENUMBERED, 1)
			.containsEntry(PointChange.ADDED, 1)
			.containsEntry(PointChange.REMOVED, 3);
	}

	@Test
	void showsCountsWordDiffsAndCollapsesUnchangedPoints() {
		assertThat(mvc.get().uri("/diff?from=fx-us@1&to=fx-us@2")).hasStatusOk()
			.bodyText()
			.contains("<li id=\"count-REVISED\">", "<strong>1</strong><span>revised</span>",
					"<strong>3</strong><span>removed</span>")
			.contains("<del>600</del><ins>800</ins>")
			.contains("<details class=\"diff-pair unchanged\">");
	}

	@Test
	void answersBadParametersWith400AndUnknownVersionsWith404() {
		assertThat(mvc.get().uri("/diff?from=fx-us@1")).hasStatus(400).bodyText().contains("&#39;to&#39; is required");
		assertThat(mvc.get().uri("/diff?from=fx-us@1&to=fx-us@two")).hasStatus(400)
			.bodyText()
			.contains("&#39;to&#39; must name a version");
		assertThat(mvc.get().uri("/diff?from=fx-us@1&to=fx-us@7")).hasStatus(404);
	}

	@Test
	void issuesAFixedNumberOfStatements() {
		// a change first, so that the page is built rather than served as stored for visitors
		tx.executeWithoutResult(status -> em
			.createNativeQuery("update topic set description = description where slug = 'fx-nato'")
			.executeUpdate());
		var statistics = emf.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(mvc.get().uri("/diff?from=fx-us@1&to=fx-e3@1")).hasStatusOk();
		assertThat(statistics.getPrepareStatementCount()).as("revision, then the diff").isEqualTo(1 + 4);
	}

	private VersionDiff.View diff(String from, String to) {
		return versionDiff.between(VersionKey.parse(from), VersionKey.parse(to));
	}

}
