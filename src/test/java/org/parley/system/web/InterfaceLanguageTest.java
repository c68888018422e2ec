package org.parley.system.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import org.parley.support.ReadingPageTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface in Ukrainian: chosen with the header's links (a cookie, no JavaScript) or
 * asked for by the browser, on every page including the error pages, with dates and numbers
 * as Ukrainian writes them; and back to English.
 */
class InterfaceLanguageTest extends ReadingPageTest {

	static final String VERSION = "/proposals/us-28-point-plan/versions/1";

	static final Cookie UKRAINIAN = new Cookie(InterfaceLanguage.COOKIE, "uk");

	@Test
	void withTheUkrainianCookieTheOverviewAndAVersionPageAreInUkrainian() {
		assertThat(mvc.get().uri("/").cookie(UKRAINIAN)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"uk\"")
			.contains("Мирні пропозиції, пункт за пунктом", "Останні пропозиції", "Ключові показники в різних планах")
			.containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}\">\\d{1,2} [а-яіїєґ]+ \\d{4}</time>")
			// 800,000 as Ukrainian writes it, with a no-break space
			.contains("<strong>800\u00a0000</strong>")
			.doesNotContain("Latest proposals", "<strong>800,000</strong>");
		assertThat(mvc.get().uri(VERSION).cookie(UKRAINIAN)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"uk\"")
			.contains("Оприлюднено", "Походження")
			.contains("<time datetime=\"2025-11-20\">20 листопада 2025</time>")
			.doesNotContain(">Issued<");
	}

	@Test
	void datesInsideSentencesAreWrittenAsTheLanguageWritesThem() {
		assertThat(mvc.get().uri("/positions?asOf=2025-12-01").cookie(UKRAINIAN)).hasStatusOk()
			.bodyText()
			.contains("Стан на 1 грудня 2025: пізніші заяви не враховано.");
		assertThat(mvc.get().uri("/positions?asOf=2025-12-01")).hasStatusOk().bodyText().contains("2025-12-01");
	}

	@Test
	void theComparisonsKeyFiguresAreWrittenAsTheLanguageWritesNumbers() {
		String compare = "/compare?versions=us-28-point-plan@1,e3-counter-proposal@1";
		assertThat(mvc.get().uri(compare).cookie(UKRAINIAN)).hasStatusOk()
			.bodyText()
			.contains("class=\"figure-value\">600\u00a0000</strong>");
		assertThat(mvc.get().uri(compare)).hasStatusOk().bodyText().contains("class=\"figure-value\">600,000</strong>");
		// the export keeps one spelling whatever the reader's language
		assertThat(mvc.get().uri(compare + "&format=csv").cookie(UKRAINIAN)).hasStatusOk().bodyText().contains("600,000");
	}

	@Test
	void russianIsOfferedToo() {
		assertThat(mvc.get().uri(VERSION).cookie(new Cookie(InterfaceLanguage.COOKIE, "ru"))).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"ru\"", "Обнародовано")
			.contains("<time datetime=\"2025-11-20\">20 ноября 2025</time>");
	}

	@Test
	void englishStaysAsItWasWithIsoDates() {
		assertThat(mvc.get().uri(VERSION)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\"")
			.contains("<time datetime=\"2025-11-20\">2025-11-20</time>")
			.doesNotContain("Оприлюднено");
	}

	@Test
	void aBrowserAskingForUkrainianGetsItAndOneAskingForAnUnsupportedLanguageGetsEnglish() {
		assertThat(mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9,en;q=0.5")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"uk\"", "Останні пропозиції");
		assertThat(mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\"", "Latest proposals");
		// the reader's choice outranks the browser's
		assertThat(mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "uk").cookie(english())).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\"", "Latest proposals");
	}

	@Test
	void aCookieNamingNoSupportedLanguageIsIgnoredRatherThanFailing() {
		for (String value : new String[] { "de", "xx-yy-zz", "%%", "" }) {
			assertThat(mvc.get().uri("/").cookie(new Cookie(InterfaceLanguage.COOKIE, value))).hasStatusOk()
				.bodyText()
				.as(value)
				.contains("<html lang=\"en\"");
		}
	}

	@Test
	void theSwitchIsAPlainLinkInEachLanguageThatStoresTheChoiceAndComesBackToTheSamePage() {
		String compare = "/compare?versions=us-28-point-plan@1,e3-counter-proposal@1";
		assertThat(mvc.get().uri(compare)).hasStatusOk()
			.bodyText()
			.contains("<a lang=\"uk\" hreflang=\"uk\" href=\"?versions=us-28-point-plan@1,e3-counter-proposal@1&amp;ui=uk\">Українська</a>")
			.contains("<a lang=\"en\" hreflang=\"en\" href=\"?versions=us-28-point-plan@1,e3-counter-proposal@1&amp;ui=en\" aria-current=\"true\">English</a>");

		var switched = mvc.get().uri(compare + "&ui=uk").exchange();
		assertThat(switched).hasStatus(303).hasHeader(HttpHeaders.LOCATION, compare);
		Cookie chosen = switched.getResponse().getCookie(InterfaceLanguage.COOKIE);
		assertThat(chosen).isNotNull();
		assertThat(chosen.getValue()).isEqualTo("uk");
		assertThat(chosen.isHttpOnly()).isTrue();
		assertThat(mvc.get().uri(compare).cookie(chosen)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"uk\"", "Порівняння версій")
			.contains("href=\"?versions=us-28-point-plan@1,e3-counter-proposal@1&amp;ui=en\">English</a>")
			.contains("aria-current=\"true\">Українська</a>");

		// and back to English (the rendered comparison is kept per language too)
		var back = mvc.get().uri("/?ui=en").cookie(chosen).exchange();
		assertThat(back).hasStatus(303).hasHeader(HttpHeaders.LOCATION, "/");
		Cookie english = back.getResponse().getCookie(InterfaceLanguage.COOKIE);
		assertThat(english.getValue()).isEqualTo("en");
		assertThat(mvc.get().uri(compare).cookie(english)).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"en\"", "Compare versions")
			.doesNotContain("Порівняння версій");
	}

	@Test
	void anUnknownLanguageInTheSwitchChangesNothingButStillLandsOnThePage() {
		var answer = mvc.get().uri("/sources?ui=tlh").exchange();
		assertThat(answer).hasStatus(303).hasHeader(HttpHeaders.LOCATION, "/sources");
		assertThat(answer.getResponse().getCookie(InterfaceLanguage.COOKIE)).isNull();
	}

	@Test
	void errorPagesSpeakTheChosenLanguage() {
		assertThat(mvc.get().uri("/proposals/no-such-plan").cookie(UKRAINIAN)).hasStatus(404)
			.bodyText()
			.contains("<html lang=\"uk\"", "Не знайдено", "Пропозиції «no-such-plan» немає.");
	}

	private static Cookie english() {
		return new Cookie(InterfaceLanguage.COOKIE, "en");
	}

}
