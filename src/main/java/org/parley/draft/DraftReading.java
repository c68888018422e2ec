package org.parley.draft;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.ProposalLookup;
import org.parley.proposal.Version;
import org.parley.source.SourceLookup;
import org.parley.topic.TopicLookup;

/** What the draft pages show: the plan of a new version, the heading, the form and its choices. */
@Service
public class DraftReading {

	private final ProposalLookup lookup;

	private final TopicLookup topicLookup;

	private final SourceLookup sourceLookup;

	DraftReading(ProposalLookup lookup, TopicLookup topicLookup, SourceLookup sourceLookup) {
		this.lookup = lookup;
		this.topicLookup = topicLookup;
		this.sourceLookup = sourceLookup;
	}

	/** What "New version" will do, for the confirmation page. */
	public record NewVersionPlan(String proposal, String proposalName, int from, String fromTitle, int nextNumber,
			int points) {
	}

	/** The draft being edited, for the page heading and links. */
	public record DraftHeading(String proposal, String proposalName, int number, String key, String title,
			boolean published, String basedOn) {
	}

	/** One choice in a select: the submitted value and what the editor reads. */
	public record Choice(String value, String label) {
	}

	/** The lists the draft form chooses from. */
	public record Choices(List<Choice> topics, List<Choice> measures, List<Choice> sources, List<Choice> versions) {
	}

	@Transactional(readOnly = true)
	public NewVersionPlan plan(String proposal, int from) {
		Version source = lookup.version(proposal, from);
		return new NewVersionPlan(proposal, source.getProposal().getName(), from, source.getTitle(),
				lookup.nextVersionNumber(source.getProposal()), source.getPoints().size());
	}

	@Transactional(readOnly = true)
	public DraftHeading heading(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		return new DraftHeading(proposal, version.getProposal().getName(), number, version.key(), version.getTitle(),
				version.isPublished(), version.getBasedOn() == null ? null : version.getBasedOn().key());
	}

	/** The draft as its editor form; a published version has none. */
	@Transactional(readOnly = true)
	public DraftForm form(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		return DraftMapping.toForm(version);
	}

	/** Published versions a new version may be based on or answer. */
	@Transactional(readOnly = true)
	public List<Choice> versionChoices() {
		return versionChoices("");
	}

	private List<Choice> versionChoices(String except) {
		return lookup.publishedVersions()
			.stream()
			.filter(v -> !v.key().equals(except))
			.map(v -> new Choice(v.key(), v.getProposal().getName() + " · " + v.getNumber() + " · " + v.getTitle()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Choices choices(String proposal, int number) {
		return new Choices(topicLookup.topics().stream().map(t -> new Choice(t.getSlug(), t.getName())).toList(),
				lookup.measures()
					.stream()
					.map(m -> new Choice(m.getSlug(), m.getName() + " (" + m.getUnit() + ")"))
					.toList(),
				sourceLookup.sources()
					.stream()
					.map(s -> new Choice(s.getKey(), s.getPublisher() + ": " + s.getTitle()))
					.toList(),
				versionChoices(proposal + "@" + number));
	}

}
