package org.parley.api.web;

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
 * The heavy API resources issue a fixed number of SQL statements: the same for a version of
 * three points with statements on it as for one of a single point, and the same for every list
 * after more data is added.
 */
class ApiStatementCountTest extends ReadingPageTest {

	/**
	 * The data revision, then version, its sources, the proposal's versions, the points' six, statements on it and
	 * their further sources.
	 */
	static final long VERSION = 1 + 11;

	/** The data revision, then version, point, neighbours, the point's six, lineage, statements and their further sources. */
	static final long POINT = 1 + 11;

	@Test
	void aVersionAndAPointCostTheSameWhateverTheirSize() {
		Statements statements = new Statements(emf);
		long threePoints = count(statements, "/api/v1/proposals/" + world.plan + "/versions/1");
		long onePoint = count(statements, "/api/v1/proposals/" + world.counter + "/versions/1");
		long pointWithStatements = count(statements, "/api/v1/proposals/" + world.plan + "/versions/1/points/2");
		// point 1: no link, no figure, no statement on it (only those on its version)
		long plainPoint = count(statements, "/api/v1/proposals/" + world.plan + "/versions/1/points/1");
		long twoColumns = count(statements, "/api/v1/compare?versions=" + world.plan + "@1," + world.plan + "@2");
		long threeColumns = count(statements,
				"/api/v1/compare?versions=" + world.plan + "@1," + world.counter + "@1," + world.counter + "@2");
		System.out.println("API statements: version " + threePoints + ", point " + pointWithStatements + ", compare "
				+ twoColumns);
		assertThat(threePoints).isEqualTo(VERSION);
		// the same less one: with no statement on the version, there are no further sources to read
		assertThat(onePoint).isEqualTo(VERSION - 1);
		assertThat(pointWithStatements).isEqualTo(plainPoint).isEqualTo(POINT);
		assertThat(twoColumns).isEqualTo(threeColumns);
	}

	@Test
	void noListGrowsWithTheData() {
		Statements statements = new Statements(emf);
		List<String> lists = List.of("/api/v1/proposals", "/api/v1/positions", "/api/v1/positions?party=" + world.ukraine,
				"/api/v1/parties", "/api/v1/topics", "/api/v1/events", "/api/v1/sources",
				"/api/v1/topics/" + world.army, "/api/v1/sources/" + world.official,
				// a later page costs what the first does: a count, its rows, what they need by their ids
				"/api/v1/proposals?page=1&size=2", "/api/v1/events?page=1&size=2", "/api/v1/sources?page=1&size=2",
				"/api/v1/parties?page=1&size=2", "/api/v1/topics?page=1&size=2");
		Map<String, Long> before = new LinkedHashMap<>();
		lists.forEach(list -> before.put(list, count(statements, list)));
		new ReadingWorld(new ReadingData(em, tx));
		new ReadingWorld(new ReadingData(em, tx));
		Map<String, Long> after = new LinkedHashMap<>();
		lists.forEach(list -> after.put(list, count(statements, list)));
		System.out.println("API statements per list: " + after);
		assertThat(after).isEqualTo(before);
		assertThat(after.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(8));
	}

	private long count(Statements statements, String address) {
		newRevision();
		return statements.countWhile(() -> assertThat(mvc.get().uri(java.net.URI.create(address))).hasStatusOk());
	}

}
