package org.parley.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.dataset.Dataset.PointEntry;
import org.parley.dataset.Dataset.ProposalEntry;
import org.parley.dataset.Dataset.VersionEntry;
import org.parley.proposal.Completeness;
import org.parley.proposal.LinkKind;
import org.parley.proposal.Provenance;
import org.parley.source.Reliability;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the shipped sample dataset promises analysts (DESIGN.md, "Sample data"). */
class SampleDatasetTest {

	static Dataset sample;

	@BeforeAll
	static void read() throws IOException {
		try (InputStream in = new ClassPathResource(DatasetStartup.SAMPLE).getInputStream()) {
			sample = DatasetFormat.read(DatasetStartup.SAMPLE, in);
		}
	}

	@Test
	void isValid() {
		assertThat(DatasetValidator.problemsIn(sample, new org.parley.calendar.Today(java.time.Clock.systemUTC()))).isEmpty();
	}

	@Test
	void hasTheNamedPartiesWithTheE3sMembers() {
		Map<String, Dataset.PartyEntry> parties = bySlug(sample.parties(), Dataset.PartyEntry::slug);
		assertThat(parties).containsKeys("us", "ukraine", "russia", "e3", "eu", "nato");
		assertThat(parties.get("e3").members()).containsExactlyInAnyOrder("uk", "france", "germany");
		assertThat(sample.people()).extracting(Dataset.PersonEntry::slug)
			.contains("rubio", "witkoff", "zelensky", "peskov", "putin", "umerov");
	}

	@Test
	void hasTheWholeUsPlanAndTheGenevaRevisionLinkedToThePointsItChanges() {
		VersionEntry first = version("us-28-point-plan", 1);
		assertThat(first.points()).extracting(PointEntry::label)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 28).mapToObj(String::valueOf).toList());
		assertThat(figure(first, "6", "armed-forces-cap")).isEqualByComparingTo("600000");
		assertThat(figure(first, "25", "elections-deadline")).isEqualByComparingTo("100");

		VersionEntry geneva = version("us-28-point-plan", 2);
		assertThat(geneva.basedOn()).isEqualTo("us-28-point-plan@1");
		assertThat(geneva.provenance()).isEqualTo(Provenance.REPORTED);
		assertThat(geneva.completeness()).isEqualTo(Completeness.PARTIAL);
		assertThat(geneva.points()).isNotEmpty().allSatisfy(point -> assertThat(point.links()).isNotEmpty()
			.allSatisfy(link -> {
				assertThat(link.kind()).isEqualTo(LinkKind.REVISED);
				assertThat(link.to()).startsWith("us-28-point-plan@1#");
			}));
		assertThat(point(geneva, "6").links()).extracting(Dataset.LinkEntry::to).contains("us-28-point-plan@1#6");
		// known only from reports of what changed; who reported it is the note's business, not the text's
		assertThat(geneva.points()).allSatisfy(point -> {
			assertThat(point.basis()).isEqualTo(org.parley.proposal.TextBasis.REPORTED_CHANGE);
			assertThat(point.text()).doesNotContainIgnoringCase("reportedly")
				.doesNotContainIgnoringCase("according to")
				.doesNotContainIgnoringCase("relayed");
		});
	}

	@Test
	void everyE3PointAnswersTheUsPointItRewritesAndTheStruckPoint3IsRecordedAsRemoved() {
		VersionEntry e3 = version("e3-counter-proposal", 1);
		assertThat(e3.basedOn()).isEqualTo("us-28-point-plan@1");
		assertThat(e3.points()).extracting(PointEntry::label).contains("6", "7", "21", "25", "26").doesNotContain("3");
		assertThat(e3.removes()).containsExactly("us-28-point-plan@1#3");
		assertThat(e3.points()).allSatisfy(point -> assertThat(point.links())
			.contains(new Dataset.LinkEntry("us-28-point-plan@1#" + point.label(), LinkKind.ANSWERS)));
		assertThat(figure(e3, "6", "armed-forces-cap")).isEqualByComparingTo("800000");
	}

	@Test
	void hasAllTwentyUkrainianPointsLinkedWhereTheyAnswerUsPoints() {
		VersionEntry ukraine = version("ukraine-20-point-plan", 1);
		assertThat(ukraine.points()).hasSize(20);
		assertThat(point(ukraine, "4").links())
			.contains(new Dataset.LinkEntry("us-28-point-plan@1#6", LinkKind.ANSWERS));
		assertThat(ukraine.points().stream().filter(point -> point.links() != null && !point.links().isEmpty()))
			.hasSizeGreaterThanOrEqualTo(15);
		assertThat(figure(ukraine, "4", "armed-forces-cap")).isEqualByComparingTo("800000");
	}

	@Test
	void hasTheEuropeanPaperPositionsEventsAndSources() {
		assertThat(sample.proposals()).extracting(ProposalEntry::slug).contains("european-24-point-paper");
		assertThat(sample.positions()).hasSizeGreaterThanOrEqualTo(60)
			.allSatisfy(position -> assertThat(position.sources()).isNotEmpty());
		assertThat(sample.events()).hasSizeGreaterThanOrEqualTo(30);
		assertThat(sample.sources()).hasSizeGreaterThanOrEqualTo(200);
		// low-confidence material stays visibly marked
		assertThat(sample.positions()).anySatisfy(position -> assertThat(position.lowConfidence()).isTrue());
	}

	/**
	 * Outlets a state runs or controls, by the publisher name the sample gives them: Russian
	 * state agencies and broadcasters, the Russian foreign ministry's journal, Chinese and
	 * Turkish state broadcasters, and Pravda.ru (pro-Kremlin).
	 */
	private static final List<String> STATE_CONTROLLED_PUBLISHERS = List.of("TASS", "RT ", "RIA Novosti", "Sputnik",
			"International Affairs", "Pravda.ru", "CGTN", "TRT World");

	@Test
	void noStateControlledOutletIsGradedAsReputableMedia() {
		List<Dataset.SourceEntry> stateControlled = sample.sources()
			.stream()
			.filter(source -> STATE_CONTROLLED_PUBLISHERS.stream().anyMatch(source.publisher()::startsWith))
			.toList();
		assertThat(stateControlled).extracting(Dataset.SourceEntry::publisher)
			.anyMatch(p -> p.startsWith("TASS"))
			.anyMatch(p -> p.startsWith("RT "))
			.anyMatch(p -> p.startsWith("International Affairs"))
			.anyMatch(p -> p.startsWith("Pravda.ru"));
		assertThat(stateControlled).allSatisfy(source -> assertThat(source.reliability())
			.as(source.key()).isEqualTo(Reliability.STATE_CONTROLLED_MEDIA));
	}

	/**
	 * Where two documents share wording the sample records it identically, so a comparison
	 * marks only what changed. The expected lists are copied by hand from the fact base
	 * (../shared/reference/peace-plans-facts.yaml, proposal e3-counter, change_vs_us28):
	 * "unchanged", "largely unchanged" and "retained" keep the US text, as does point 19
	 * ("unclear; versions differ": the Reuters text recorded here reportedly keeps it).
	 */
	@Test
	void theE3RecordsTheUsWordingWhereTheFactBaseSaysItKeptIt() {
		VersionEntry us = version("us-28-point-plan", 1);
		VersionEntry e3 = version("e3-counter-proposal", 1);
		for (String kept : List.of("1", "11", "12", "19", "22")) {
			assertThat(point(e3, kept).text()).as("E3 point " + kept).isEqualTo(point(us, kept).text());
			assertThat(point(e3, kept).title()).as("E3 point " + kept).isEqualTo(point(us, kept).title());
		}
		assertThat(point(e3, "2").text()).isEqualTo(point(us, "2").text().replace("Europe", "NATO"));
		assertThat(point(e3, "1").title()).doesNotContain("unchanged");
	}

	@Test
	void theEuropeanPapersUnnumberedItemsCarryNoNumberOfThePaper() {
		VersionEntry paper = version("european-24-point-paper", 1);
		assertThat(paper.points()).extracting(PointEntry::label)
			.containsSubsequence("12", "u1", "u2", "u3", "u4", "u5")
			.doesNotContain("13", "14", "15", "16", "17");
	}

	@Test
	void aDatasetFileMayBeLargerThanYamlParsersUsuallyAllow() {
		StringBuilder yaml = new StringBuilder("format: parley-dataset\nformatVersion: 1\nsources:\n");
		int count = 0;
		while (yaml.length() < 6_000_000) {
			yaml.append("  - key: source-").append(++count).append("\n    publisher: Agency\n    title: \"")
				.append("A long title for a report ".repeat(10)).append("\"\n    url: https://example.org/")
				.append(count).append("\n    published: 2025-11-21\n    datePrecision: EXACT\n    reliability: OFFICIAL\n");
		}
		Dataset big = DatasetFormat.read("big.yaml",
				new java.io.ByteArrayInputStream(yaml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertThat(big.sources()).hasSize(count);
	}

	/**
	 * The 2026 addendum to the fact base (../shared/reference/peace-plans-facts-addendum-2026.yaml):
	 * its events, people and positions up to 11 April 2026, low-confidence items marked.
	 */
	@Test
	void includesTheAddendumUpToEleventhApril2026() {
		Map<String, Dataset.EventEntry> events = bySlug(sample.events(), Dataset.EventEntry::slug);
		assertThat(events.get("2026-03-21-us-ukraine-talks-florida").participants())
			.extracting(Dataset.ParticipantEntry::person)
			.contains("umerov", "witkoff", "gruenbaum", "curran");
		assertThat(events.get("2026-04-11-orthodox-easter-truce").lowConfidence()).isTrue();
		assertThat(sample.people()).extracting(Dataset.PersonEntry::slug)
			.contains("sybiha", "bessent", "gruenbaum", "curran", "ru-officials-unnamed");
		assertThat(sample.positions())
			.anySatisfy(position -> assertThat(position.stated()).isEqualTo(java.time.LocalDate.of(2026, 4, 11)))
			.filteredOn(position -> position.stated().getYear() == 2026 && position.stated().getMonthValue() >= 3)
			.hasSizeGreaterThanOrEqualTo(25)
			.anySatisfy(position -> assertThat(position.lowConfidence()).isTrue());
		// the Easter offer as issued, then with the request to extend Russia's truce
		assertThat(version("ukraine-easter-ceasefire-2026", 2).basedOn()).isEqualTo("ukraine-easter-ceasefire-2026@1");
		// nothing later than the addendum's last item
		assertThat(sample.events()).allSatisfy(event -> assertThat(event.starts()).isBefore(java.time.LocalDate.of(2026, 4, 12)));
		// its sources are graded: state outlets, the pro-Kremlin aggregator, mirrors
		Map<String, Dataset.SourceEntry> sources = bySlug(sample.sources(), Dataset.SourceEntry::key);
		assertThat(sources.get("sputnik-mar9").reliability()).isEqualTo(Reliability.STATE_CONTROLLED_MEDIA);
		assertThat(sources.get("m24-mar11").reliability()).isEqualTo(Reliability.STATE_CONTROLLED_MEDIA);
		assertThat(sources.get("newspravda-budanov").reliability()).isEqualTo(Reliability.AGGREGATOR);
		assertThat(sources.get("ebiz-reuters-apr6").reliability()).isEqualTo(Reliability.AGGREGATOR);
	}

	/**
	 * The four stages of the US–Ukraine framework in the fact base: versions where their content
	 * is known (the Geneva revision, Ukraine's response of 10 December), events otherwise (Florida,
	 * the early-December 20 points).
	 */
	@Test
	void theStagesOfTheUsUkraineFrameworkAreVersionsWhereTheirContentIsKnown() {
		VersionEntry response = version("ukraine-december-response", 1);
		assertThat(response.issued()).isEqualTo(java.time.LocalDate.of(2025, 12, 10));
		assertThat(response.basedOn()).isEqualTo("us-28-point-plan@2");
		assertThat(response.provenance()).isEqualTo(Provenance.REPORTED);
		assertThat(response.completeness()).isEqualTo(Completeness.PARTIAL);
		assertThat(response.points()).extracting(PointEntry::label).containsExactly("u1", "u2", "u3", "u4");
		assertThat(response.points()).allSatisfy(point -> {
			// the text was never published: each item describes what reports say changed
			assertThat(point.basis()).isEqualTo(org.parley.proposal.TextBasis.REPORTED_CHANGE);
			assertThat(point.title()).isNotEqualToIgnoringCase("deleted");
			assertThat(point.lowConfidence()).isTrue();
			assertThat(point.links()).isNotEmpty();
		});
		assertThat(sample.proposals()).filteredOn(p -> p.slug().equals("ukraine-december-response"))
			.singleElement()
			.satisfies(p -> assertThat(p.proposers()).containsExactly("ukraine"));
		assertThat(sample.events()).extracting(Dataset.EventEntry::slug)
			.contains("2025-11-30-florida-us-ukraine-talks", "2025-12-04-miami-us-ukraine-talks");
	}

	private static VersionEntry version(String proposal, int number) {
		return sample.proposals().stream()
			.filter(p -> p.slug().equals(proposal))
			.flatMap(p -> p.versions().stream())
			.filter(v -> v.number() == number)
			.findFirst()
			.orElseThrow();
	}

	private static PointEntry point(VersionEntry version, String label) {
		return version.points().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
	}

	private static BigDecimal figure(VersionEntry version, String label, String measure) {
		return point(version, label).figures().stream()
			.filter(f -> f.measure().equals(measure))
			.findFirst()
			.orElseThrow()
			.value();
	}

	private static <T> Map<String, T> bySlug(List<T> entries, Function<T, String> slug) {
		return entries.stream().collect(Collectors.toMap(slug, Function.identity()));
	}

}
