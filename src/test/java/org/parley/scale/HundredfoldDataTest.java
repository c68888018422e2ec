package org.parley.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.parley.support.RecordedSql;
import org.parley.support.Statements;

/**
 * The reading pages at 100 times the sample data (copied in SQL by bench/multiply.sql, as
 * the benchmark does): the overview stays the same size, and PostgreSQL reaches the rows
 * of the overview and the point page's lineage through indexes, never by reading the whole
 * {@code point}, {@code point_link} or {@code proposal} table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "parley.test.context=hundredfold",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=org.parley.support.RecordedSql" })
class HundredfoldDataTest {

	private static final Set<String> BIG_TABLES = Set.of("point", "point_link", "proposal", "position",
			"point_source");

	/** A point with a lineage across versions and proposals, in one of the copies. */
	private static final String POINT_PAGE = "/proposals/us-28-point-plan-copy-42/versions/2/points/6";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	TransactionTemplate tx;

	private String sampleOverview;

	/** A list of ids a statement reads by ({@code p1_0.id in (?,?,?)}). */
	private static final Pattern BY_IDS = Pattern.compile("id in \\((\\?,)*\\?\\)");

	/** The lists that grow with the data, paged: their first pages on the sample, and their statements. */
	private static final List<String> PAGED = List.of("/proposals", "/events", "/events/2025-12-14-berlin-talks", "/topics/security-guarantees",
			"/parties/us", "/sources/st-28pts", "/search?q=ceasefire");

	private final java.util.Map<String, Integer> sampleSizes = new java.util.LinkedHashMap<>();

	/** The forms that offer published versions to pick from. */
	private static final List<String> VERSION_FORMS = List.of("/positions",
			"/compare?versions=us-28-point-plan@1,e3-counter-proposal@1");

	private final java.util.Map<String, String> sampleForms = new java.util.LinkedHashMap<>();

	private int samplePublished;

	private final java.util.Map<String, Long> sampleStatements = new java.util.LinkedHashMap<>();

	private long sampleOverviewStatements;

	/** $n placeholders in a statement without parameters need the simple query protocol. */
	private JdbcTemplate explain;

	/** So that each counted page is built from the database and reads the revision once. */
	private void newRevision() {
		tx.executeWithoutResult(status -> jdbc.update("update data_revision set revision = revision + 1"));
	}

	@BeforeAll
	void multiplyTheSample(@Value("${spring.datasource.url}") String url) throws IOException {
		explain = new JdbcTemplate(new SingleConnectionDataSource(url + (url.contains("?") ? "&" : "?") + "preferQueryMode=simple", "postgres", "", true));
		Statements statements = new Statements(emf);
		sampleOverviewStatements = statements.countWhile(this::newRevision, () -> sampleOverview = overview());
		for (String page : PAGED) {
			sampleStatements.put(page, statements.countWhile(this::newRevision, () -> sampleSizes.put(page, page(page).length())));
		}
		VERSION_FORMS.forEach(form -> sampleForms.put(form, page(form)));
		samplePublished = jdbc.queryForObject("select count(*) from proposal_version where status = 'PUBLISHED'", Integer.class);
		String script = Files.readString(Path.of("bench/multiply.sql"))
			.lines()
			.filter(line -> !line.startsWith("\\"))
			.collect(Collectors.joining("\n"))
			.replace(":times", "100");
		for (String statement : script.split(";\\s*\n")) {
			if (!statement.isBlank() && !statement.strip().startsWith("select (select count")) {
				jdbc.execute(statement);
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from proposal", Long.class)).isGreaterThan(1000);
	}

	@Test
	void theOverviewShowsTheSameBoundedSelectionAtAHundredTimesTheData() {
		Statements statements = new Statements(emf);
		String[] big = new String[1];
		long bigStatements = statements.countWhile(this::newRevision, () -> big[0] = overview());

		assertThat(bigStatements).isEqualTo(sampleOverviewStatements);
		assertThat(big[0].length()).isLessThan(sampleOverview.length() * 3 / 2);
		assertThat(count(big[0], "<li class=\"card\"")).isEqualTo(count(sampleOverview, "<li class=\"card\""));
		assertThat(big[0]).contains("href=\"/proposals\"");
	}

	/**
	 * The lists come in pages of a fixed size, so a first page at 100 times the data is a full
	 * page at most, however many entries there are: not the 18 KB → 1.6 MB of the unpaged
	 * proposals list, or 8 KB → 579 KB of a topic. On the sample some of these lists are shorter
	 * than a page, so a full page may be a few times their size, never a hundred.
	 */
	@Test
	void theListsComeInPagesOfTheSameSizeAtAHundredTimesTheData() {
		Statements statements = new Statements(emf);
		java.util.Map<String, String> sizes = new java.util.LinkedHashMap<>();
		for (String page : PAGED) {
			String[] big = new String[1];
			long bigStatements = statements.countWhile(this::newRevision, () -> big[0] = page(page));
			sizes.put(page, sampleSizes.get(page) / 1024 + " KB -> " + big[0].length() / 1024 + " KB");
			assertThat(bigStatements).as(page).isEqualTo(sampleStatements.get(page));
			assertThat(big[0].length()).as(page).isLessThan(sampleSizes.get(page) * 5);
			assertThat(big[0].length()).as(page).isLessThan(200 * 1024);
		}
		System.out.println("First pages, sample -> 100x: " + sizes);
	}

	/**
	 * The API's list of statements reads one page of them from the database, not all 13,700
	 * to keep fifty: its statements are limited, and the page holds what it says.
	 */
	@Test
	void theApisStatementsAreReadAPageAtATime() {
		List<String> sql = RecordedSql.during(() -> assertThat(mvc.get().uri("/api/v1/positions?page=3&size=20"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> assertThat(json.getJson()).contains("\"page\":3", "\"size\":20")));
		List<String> read = sql.stream().filter(statement -> statement.contains(" from position ")).toList();
		assertThat(read).isNotEmpty();
		// the page's statements are limited; what is read for them after (further sources) by their 20 ids
		assertThat(read).filteredOn(statement -> !statement.startsWith("select count") && !statement.contains(".id in ("))
			.isNotEmpty()
			.allSatisfy(statement -> assertThat(statement).containsPattern("fetch first|limit"));
		assertThat(read).filteredOn(statement -> statement.contains(".id in ("))
			.allSatisfy(statement -> assertThat(count(statement, "?")).isEqualTo(20));
		assertThat(jdbc.queryForObject("select count(*) from position", Long.class)).isGreaterThan(10_000);
	}

	/**
	 * The API's other lists read one page from the database too: at 100 times the data the
	 * proposals are 1,100, and a page of them was cut from all of them read in memory. Each
	 * list's own table is read by a count and a limited select, and what its items need after
	 * (proposers, versions, participants, members) by the page's ids.
	 */
	@Test
	void theApisListsAreReadAPageAtATime() {
		Map<String, String> tables = Map.of("/api/v1/proposals", "proposal", "/api/v1/events", "event",
				"/api/v1/sources", "source", "/api/v1/parties", "party", "/api/v1/topics", "topic");
		Statements statements = new Statements(emf);
		tables.forEach((list, table) -> {
			// a second page every list fills (the sample has a few dozen topics and parties)
			String address = list + "?page=1&size=5";
			List<String> sql = RecordedSql.during(() -> assertThat(mvc.get().uri(address)).as(address)
				.hasStatusOk()
				.bodyJson()
				.satisfies(json -> assertThat(json.getJson()).contains("\"page\":1", "\"size\":5")
					.doesNotContain("\"items\":[]")));
			List<String> read = sql.stream().filter(statement -> statement.contains(" from " + table + " ")).toList();
			assertThat(read).as(address).isNotEmpty();
			assertThat(read).as(address)
				.filteredOn(statement -> !statement.startsWith("select count") && !BY_IDS.matcher(statement).find())
				.isNotEmpty()
				.allSatisfy(statement -> assertThat(statement).containsPattern("fetch first|limit"));
			// by the page's five ids, not by every item's
			assertThat(sql).as(address).filteredOn(statement -> BY_IDS.matcher(statement).find()).allSatisfy(statement -> {
				Matcher ids = BY_IDS.matcher(statement);
				while (ids.find()) {
					assertThat(count(ids.group(), "?")).isLessThanOrEqualTo(5);
				}
			});
			assertThat(statements.countWhile(this::newRevision, () -> assertThat(mvc.get().uri(address)).hasStatusOk()))
				.as(address)
				.isLessThanOrEqualTo(6);
		});
		assertThat(jdbc.queryForObject("select count(*) from proposal", Long.class)).isGreaterThan(1000);
	}

	/** An event's statements come in pages: at 100 times the data a summit has hundreds of them. */
	@Test
	void anEventsStatementsComeInPages() {
		String first = page("/events/2025-12-14-berlin-talks");
		assertThat(first).contains("rel=\"next\"").contains("href=\"/events/2025-12-14-berlin-talks?page=2\"");
		assertThat(count(first, "id=\"position-")).isEqualTo(20);
		assertThat(page("/events/2025-12-14-berlin-talks?page=2")).contains("rel=\"prev\"");
	}

	/**
	 * The version pickers of /positions and /compare offer the most recent versions, all of
	 * them on the sample, never more than a bounded number: at 100 times the data the list of
	 * every version was two thirds of the positions page. Any other version is typed by its key.
	 */
	@Test
	void theFormsOfferABoundedChoiceOfVersionsAtAHundredTimesTheData() {
		for (String form : VERSION_FORMS) {
			assertThat(versionChoices(sampleForms.get(form))).as(form).isEqualTo(samplePublished);
			assertThat(versionChoices(page(form))).as(form).isEqualTo(60);
		}
		assertThat(page("/positions").length()).isLessThan(sampleForms.get("/positions").length() * 2);
		assertThat(page("/positions?version=us-28-point-plan-copy-42@2")).contains("us-28-point-plan-copy-42@2");
	}

	@Test
	void theOverviewAndThePointsLineageReadTheBigTablesThroughIndexes() {
		List<String> sql = new ArrayList<>(RecordedSql.during(this::overview));
		// of the point page, the lineage (its other statements read by key or are the positions')
		sql.addAll(RecordedSql.during(() -> assertThat(mvc.get().uri(POINT_PAGE)).hasStatusOk()
			.bodyText()
			.contains("us-28-point-plan-copy-42/versions/1/points/"))
			.stream()
			.filter(statement -> statement.contains("point_link"))
			.toList());
		assertThat(sql).isNotEmpty();

		for (String statement : sql) {
			assertThat(seqScans(statement)).as(statement).isEmpty();
		}
	}

	/**
	 * A comparison rebuilt after a change reads the points, their sources, their links and the
	 * statements on them by index: at 100 times the sample, the statements' "or" of two targets,
	 * a "not exists" over the points' sources and one over published points had PostgreSQL read
	 * those tables whole (25 of a rebuild's 30 ms in the database).
	 */
	@Test
	void aRebuiltComparisonReadsTheBigTablesThroughIndexes() {
		String compare = "/compare?versions=us-28-point-plan-copy-42@1,us-28-point-plan-copy-42@2,us-28-point-plan@1";
		List<String> sql = RecordedSql.during(() -> assertThat(page(compare)).contains("us-28-point-plan-copy-42@2"));
		assertThat(sql).anyMatch(statement -> statement.contains("point_link"))
			.anyMatch(statement -> statement.contains("position"))
			.anyMatch(statement -> statement.contains("point_source"));
		for (String statement : sql) {
			assertThat(seqScans(statement)).as(statement).isEmpty();
		}
	}

	/** The overview as built from the database: a new data revision keeps visitors' cached copy out. */
	private String overview() {
		jdbc.update("update data_revision set revision = revision + 1");
		try {
			return mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A page as built from the database (not a visitor's cached copy). */
	private String page(String uri) {
		jdbc.update("update data_revision set revision = revision + 1");
		try {
			var result = mvc.get().uri(uri).exchange();
			assertThat(result).as(uri).hasStatusOk();
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The big tables PostgreSQL would read whole for the statement, whatever its parameters. */
	private List<String> seqScans(String statement) {
		String plan = explain.queryForObject("explain (generic_plan, format json) " + numbered(statement), String.class);
		List<String> scanned = new ArrayList<>();
		collect(new ObjectMapper().readTree(plan), scanned);
		return scanned;
	}

	private static void collect(JsonNode node, List<String> scanned) {
		if (node.isObject() && "Seq Scan".equals(node.path("Node Type").asString())
				&& BIG_TABLES.contains(node.path("Relation Name").asString())) {
			scanned.add(node.path("Relation Name").asString());
		}
		node.forEach(child -> collect(child, scanned));
	}

	/**
	 * JDBC's ? placeholders as PostgreSQL's $1, $2, … for a generic plan; a page's row limit
	 * as the small number it always is (PostgreSQL plans a bound limit with its value).
	 */
	private static String numbered(String sql) {
		Matcher matcher = Pattern.compile("\\?").matcher(sql.replaceAll("(fetch first|limit) \\?", "$1 10"));
		StringBuilder numbered = new StringBuilder();
		int n = 0;
		while (matcher.find()) {
			matcher.appendReplacement(numbered, "\\$" + ++n);
		}
		return matcher.appendTail(numbered).toString();
	}

	private static int versionChoices(String page) {
		assertThat(count(page, "<datalist id=\"published-versions\"")).isEqualTo(1);
		return count(page.substring(page.indexOf("<datalist"), page.indexOf("</datalist>")), "<option ");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

}
