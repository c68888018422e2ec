package org.parley.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import org.parley.party.PartyKind;
import org.parley.proposal.Language;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Point;
import org.parley.proposal.Proposal;
import org.parley.proposal.Version;
import org.parley.proposal.WordingBasis;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.support.ReadingData;
import org.parley.support.ReadingPageTest;
import org.parley.support.Statements;

/**
 * A point read in another language (?lang=uk) or two side by side (?lang=en,uk), on the version
 * page and /compare: each text with its basis and source, a missing text said plainly, never
 * another language in its place, and words marked only between texts of the same language.
 */
class OtherLanguagesTest extends ReadingPageTest {

	private static final String UK_SIX = "Чисельність українського війська обмежувалася б 600 тисячами осіб.";

	private static final String EN_SIX = "Ukraine&#39;s military would be held to 600,000 personnel.";

	/** A proposal of two published versions: point 1 in Ukrainian in both, point 2 in Ukrainian in the first only. */
	private String bilingual;

	@BeforeAll
	void bilingualPlan() {
		ReadingData data = new ReadingData(em, tx);
		data.save(d -> {
			Source source = d.source("uk-source", "Kyiv Agency", Reliability.REPUTABLE_MEDIA, LocalDate.of(2025, 11, 1));
			Proposal proposal = d.proposal("bilingual", "Bilingual plan", d.party("bl-party", "Party", PartyKind.STATE));
			Version first = d.version(proposal, 1, "First", LocalDate.of(2025, 11, 2), true, 2, source);
			Version second = d.version(proposal, 2, "Second", LocalDate.of(2025, 11, 3), true, 2, source);
			first.getPoints().get(0).translate(Language.UK, "Армія", "Армія обмежена до шестисот тисяч.",
					WordingBasis.OFFICIAL_TRANSLATION, source);
			first.getPoints().get(1).translate(Language.UK, null, "Вибори за сто днів.", WordingBasis.PARAPHRASE,
					source);
			second.getPoints().get(0).translate(Language.UK, "Армія", "Армія обмежена до восьмисот тисяч.",
					WordingBasis.OFFICIAL_TRANSLATION, source);
			for (int i = 0; i < 2; i++) {
				Point later = second.getPoints().get(i);
				later.linkTo(first.getPoints().get(i), LinkKind.REVISED);
			}
			bilingual = proposal.getSlug();
		});
	}

	@Test
	void theVersionPageShowsTheUkrainianTextsWithTheirBasisAndSourceInsteadOfTheEnglishOnes() {
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1?lang=uk")).hasStatusOk()
			.bodyText()
			.contains(UK_SIX, "lang=\"uk\"", "paraphrase — Parley&#39;s words, not the document&#39;s",
					"href=\"/sources/rbcua-28pts\"", "Обмеження Збройних сил України до 600 тисяч")
			.doesNotContain(EN_SIX);
	}

	@Test
	void twoLanguagesStandSideBySide() {
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1?lang=en,uk")).hasStatusOk()
			.bodyText()
			.contains("language-texts side-by-side", UK_SIX, EN_SIX, "<p class=\"meta language-name\">English</p>",
					"<p class=\"meta language-name\">Ukrainian</p>");
	}

	@Test
	void aPointWithoutAUkrainianTextSaysSoAndShowsNoOtherLanguageInItsPlace() {
		assertThat(mvc.get().uri("/proposals/e3-counter-proposal/versions/1?lang=uk")).hasStatusOk()
			.bodyText()
			.contains("No Ukrainian text recorded.")
			.doesNotContain("class=\"point-text\"");
	}

	@Test
	void aLanguageParleyDoesNotKnowOrTooManyAnswer400WithAMessage() {
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1?lang=de")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("&#39;lang&#39; takes the languages en, uk and ru", "not &#39;de&#39;");
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1?lang=en,uk,ru"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("at most two languages");
		assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1?lang=uk,uk")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("names the language &#39;uk&#39; twice");
		assertThat(mvc.get().uri("/compare?versions=us-28-point-plan@1,ukraine-20-point-plan@1&lang=UK"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("&#39;lang&#39; takes the languages en, uk and ru");
	}

	@Test
	void theTextsCostOneStatementWhateverTheNumberOfPoints() {
		Statements statements = new Statements(emf);
		long english = statements.countWhile(this::newRevision,
				() -> assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1")).hasStatusOk());
		long twentyEight = statements.countWhile(this::newRevision,
				() -> assertThat(mvc.get().uri("/proposals/us-28-point-plan/versions/1?lang=en,uk")).hasStatusOk());
		long twoInEnglish = statements.countWhile(this::newRevision,
				() -> assertThat(mvc.get().uri("/proposals/{p}/versions/1", bilingual)).hasStatusOk());
		long two = statements.countWhile(this::newRevision,
				() -> assertThat(mvc.get().uri("/proposals/{p}/versions/1?lang=uk", bilingual)).hasStatusOk());

		assertThat(twentyEight).isEqualTo(english + 1);
		assertThat(two).isEqualTo(twoInEnglish + 1);
	}

	@Test
	void compareMarksTheWordsThatDifferBetweenTwoUkrainianTexts() {
		assertThat(mvc.get().uri("/compare?versions={p}@1,{p}@2&lang=uk", bilingual, bilingual)).hasStatusOk()
			.bodyText()
			.contains("Армія обмежена до шестисот тисяч.", "official translation", "Kyiv Agency")
			.contains("<del>шестисот</del><ins>восьмисот</ins>");
	}

	@Test
	void compareNeverMarksAUkrainianTextAgainstAnEnglishOne() throws Exception {
		String page = mvc.get()
			.uri("/compare?versions={p}@1,{p}@2&lang=uk", bilingual, bilingual)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// point 2 has a Ukrainian text in the first version only: the second says it has none
		assertThat(page).contains("Вибори за сто днів.", "No Ukrainian text recorded.")
			.doesNotContain("Text of point 2 of Second")
			.doesNotContain("<del>Вибори")
			.doesNotContain("<ins>Text");
	}

	@Test
	void compareShowsBothLanguagesEachMarkedInItsOwn() {
		assertThat(mvc.get().uri("/compare?versions={p}@1,{p}@2&lang=en,uk", bilingual, bilingual)).hasStatusOk()
			.bodyText()
			.contains("<del>шестисот</del><ins>восьмисот</ins>", "<del>First</del><ins>Second</ins>",
					"<p class=\"meta language-name\">English</p>");
	}

}
