package org.parley.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.ReadingWorld;
import org.parley.support.Statements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ?format=csv|json} export issues a fixed number of SQL statements: as many after
 * two more worlds of proposals, statements, events and sources are added as before.
 */
class ExportsStatementCountTest extends ReadingPageTest {

	@Test
	void noExportGrowsWithTheData() {
		Statements statements = new Statements(emf);
		List<String> exports = List.of("/proposals/" + world.plan + "/versions/1?format=", "/positions?format=",
				"/positions?party=" + world.ukraine + "&format=",
				"/positions?version=" + world.plan + "@1&format=",
				"/positions/statements?party=" + world.russia + "&version=" + world.plan + "@1&format=",
				"/positions/statements?party=" + world.e3 + "&topic=" + world.nato + "&format=",
				"/positions/statements?party=" + world.ukraine + "&point=" + world.plan + "@1%232&format=",
				"/events?format=", "/events?party=" + world.ukraine + "&format=", "/sources?format=");
		Map<String, Long> before = counts(statements, exports);
		new ReadingWorld(new ReadingData(em, tx));
		new ReadingWorld(new ReadingData(em, tx));
		Map<String, Long> after = counts(statements, exports);
		System.out.println("Export statements: " + after);
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aVersionExportCostsTheSameWhateverTheNumberOfItsPoints() {
		Statements statements = new Statements(emf);
		// three points with topics, figures and sources, against one
		assertThat(count(statements, "/proposals/" + world.plan + "/versions/1?format=csv"))
			.isEqualTo(count(statements, "/proposals/" + world.counter + "/versions/1?format=csv"));
	}

	private Map<String, Long> counts(Statements statements, List<String> exports) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String export : exports) {
			for (String format : List.of("csv", "json")) {
				counts.put(export + format, count(statements, export + format));
			}
		}
		return counts;
	}

	private long count(Statements statements, String address) {
		newRevision(); // not the copy the visitors' cache keeps
		return statements.countWhile(() -> assertThat(mvc.get().uri(java.net.URI.create(address))).as(address).hasStatusOk());
	}

}
