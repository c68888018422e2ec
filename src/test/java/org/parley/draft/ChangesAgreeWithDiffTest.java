package org.parley.draft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.parley.proposal.PointChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The diff and a version's changes page tell the same story about a version and its base. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "parley.test.context=editing")
class ChangesAgreeWithDiffTest {

	private static final Pattern DIFF_COUNT = Pattern.compile("id=\"count-([A-Z_]+)\">\\s*<strong>(\\d+)</strong>");

	private static final Pattern CHANGES_COUNT = Pattern.compile("<li>(added|removed|not known|revised|renumbered|unchanged): (\\d+)</li>");

	private static final Pattern MARKED = Pattern.compile("<(ins|del)>([^<]*)</\\1>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySampleVersionWithABaseHasTheSameCountsOnBothPages() throws Exception {
		List<String[]> versions = jdbc.query("""
				select p.slug, v.number, bp.slug, b.number from proposal_version v
				join proposal p on p.id = v.proposal_id
				join proposal_version b on b.id = v.based_on_id join proposal bp on bp.id = b.proposal_id
				where v.status = 'PUBLISHED' and b.status = 'PUBLISHED'""",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) });
		assertThat(versions).isNotEmpty();
		for (String[] v : versions) {
			String diff = page("/diff?from=" + v[2] + "@" + v[3] + "&to=" + v[0] + "@" + v[1]);
			String changes = page("/proposals/" + v[0] + "/versions/" + v[1] + "/changes");
			assertThat(counts(changes, CHANGES_COUNT)).as("%s@%s", v[0], v[1]).isEqualTo(counts(diff, DIFF_COUNT))
				.hasSize(PointChange.values().length);
		}
	}

	@Test
	void bothPagesMarkTheSameWordsOfARevisedPoint() throws Exception {
		// the E3 counter-draft rewords points of the US plan (the Geneva revision only reports its changes)
		String diff = page("/diff?from=us-28-point-plan@1&to=e3-counter-proposal@1");
		String changes = page("/proposals/e3-counter-proposal/versions/1/changes");
		List<String> marked = marked(revisedTexts(changes, "<section[^>]*change-REVISED[^>]*>"));
		assertThat(marked).isNotEmpty().isEqualTo(marked(revisedTexts(diff, "<section[^>]*diff-pair revised[^>]*>")));
	}

	@Test
	void neitherPageWordDiffsAReportedChange() throws Exception {
		String diff = page("/diff?from=us-28-point-plan@1&to=us-28-point-plan@2");
		String changes = page("/proposals/us-28-point-plan/versions/2/changes");
		assertThat(revisedTexts(changes, "<section[^>]*change-REVISED[^>]*>")).isNotBlank()
			.doesNotContain("<del>", "<ins>");
		assertThat(revisedTexts(diff, "<section[^>]*diff-pair revised[^>]*>")).isNotBlank()
			.doesNotContain("<del>", "<ins>");
	}

	private String page(String uri) throws Exception {
		return mvc.perform(get(uri).with(user("ed").roles("EDITOR"))).andReturn().getResponse().getContentAsString();
	}

	private static Map<PointChange, Integer> counts(String html, Pattern pattern) {
		Map<PointChange, Integer> counts = new EnumMap<>(PointChange.class);
		Matcher m = pattern.matcher(html);
		while (m.find()) {
			counts.put(PointChange.valueOf(m.group(1).toUpperCase().replace(' ', '_')), Integer.parseInt(m.group(2)));
		}
		return counts;
	}

	/** The point texts of the sections opened by {@code section}. */
	private static String revisedTexts(String html, String section) {
		StringBuilder texts = new StringBuilder();
		Matcher sections = Pattern.compile(section + "(.*?)</section>", Pattern.DOTALL).matcher(html);
		while (sections.find()) {
			Matcher text = Pattern.compile("<p class=\"point-text[^\"]*\">(.*?)</p>", Pattern.DOTALL).matcher(sections.group(1));
			while (text.find()) {
				texts.append(text.group(1));
			}
		}
		return texts.toString();
	}

	private static List<String> marked(String html) {
		List<String> marked = new ArrayList<>();
		Matcher m = MARKED.matcher(html);
		while (m.find()) {
			marked.add(m.group(1) + ":" + m.group(2));
		}
		return marked;
	}

}
