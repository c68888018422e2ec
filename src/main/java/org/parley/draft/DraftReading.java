package org.parley.draft;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.parley.proposal.VersionKey;
import org.parley.proposal.LinkKind;
import org.parley.proposal.ProposalLookup;
import org.parley.proposal.Version;
import org.parley.source.SourceLookup;

/** What the draft pages show: the plan of a new version, the heading, the form and its choices. */
@Service
public class DraftReading {

	private final EntityManager em;

	private final ProposalLookup lookup;

	private final SourceLookup sourceLookup;

	DraftReading(EntityManager em, ProposalLookup lookup, SourceLookup sourceLookup) {
		this.em = em;
		this.lookup = lookup;
		this.sourceLookup = sourceLookup;
	}

	/** What "New version" will do, for the confirmation page. */
	public record NewVersionPlan(String proposal, String proposalName, int from, String fromTitle, int nextNumber,
			int points) {
	}

	/** The draft being edited, for the page heading and links; {@code carriedOver} is null when nothing is. */
	public record DraftHeading(String proposal, String proposalName, int number, String key, String title,
			boolean published, String basedOn, CarriedOver carriedOver) {
	}

	/**
	 * What a new version still holds as it came from the previous version of the same proposal:
	 * {@code fields} among note, sources, provenance and completeness, for the editor to review.
	 */
	public record CarriedOver(int from, List<String> fields) {
	}

	/** An open draft for the list of drafts: who changed it last and when (null if no revision recorded it). */
	public record OpenDraft(String proposal, String proposalName, int number, String key, String title,
			String changedBy, Instant changedAt) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneOffset.UTC);

		/** When it was changed last, in UTC as the history pages say it; empty if not recorded. */
		public String when() {
			return changedAt == null ? "" : WHEN.format(changedAt);
		}

	}

	/** One choice in a select: the submitted value and what the editor reads. */
	public record Choice(String value, String label) {
	}

	/**
	 * The short lists the draft form chooses from (measures, versions), and what the editor reads
	 * for the sources its point rows offer; sources and topics are chosen with pickers.
	 */
	public record Choices(List<Choice> measures, Map<String, String> sourceLabels, List<Choice> versions) {

		/** What the editor reads for a source's key: its publisher and title. */
		public String sourceLabel(String key) {
			return sourceLabels.getOrDefault(key, key);
		}

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
				version.isPublished(), version.getBasedOn() == null ? null : version.getBasedOn().key(),
				carriedOver(version));
	}

	/** The fields of a draft still as they were in the earlier version of its proposal it was made from. */
	private static CarriedOver carriedOver(Version version) {
		Version base = version.getBasedOn();
		if (version.isPublished() || base == null || !base.getProposal().getId().equals(version.getProposal().getId())) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		if (version.getNote() != null && version.getNote().equals(base.getNote())) {
			fields.add("note");
		}
		if (!version.getSources().isEmpty() && version.getSources().equals(base.getSources())) {
			fields.add("sources");
		}
		if (version.getProvenance() == base.getProvenance()) {
			fields.add("provenance");
		}
		if (version.getCompleteness() == base.getCompleteness()) {
			fields.add("completeness");
		}
		return fields.isEmpty() ? null : new CarriedOver(base.getNumber(), fields);
	}

	/** Every open draft, the one changed last first, with its last change (Envers revisions of it and its points). */
	@Transactional(readOnly = true)
	public List<OpenDraft> openDrafts() {
		List<?> rows = em.createNativeQuery(OPEN_DRAFTS).getResultList();
		return rows.stream().map(Object[].class::cast).map(r -> {
			String slug = (String) r[0];
			int number = ((Number) r[2]).intValue();
			return new OpenDraft(slug, (String) r[1], number, new VersionKey(slug, number).toString(), (String) r[3], (String) r[4],
					toInstant(r[5]));
		}).toList();
	}

	private static Instant toInstant(Object value) {
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		return (Instant) value;
	}

	private static final String OPEN_DRAFTS = """
			select pr.slug, pr.name, v.number, v.title, r.username, r.made_at
			from proposal_version v
			join proposal pr on pr.id = v.proposal_id
			left join lateral (
			    select max(x.rev) as rev from (
			        select a.rev from proposal_version_aud a where a.id = v.id
			        union all
			        select pa.rev from point_aud pa where pa.version_id = v.id) x) last on true
			left join revision r on r.id = last.rev
			where v.status = 'DRAFT'
			order by last.rev desc nulls last, v.id desc
			""";

	/** The draft as its editor form; a published version has none. */
	@Transactional(readOnly = true)
	public DraftForm form(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		return DraftMapping.toForm(version, links(version));
	}

	/** The links of the draft's points, by point id, read in one statement rather than point by point. */
	private Map<Long, List<LinkRow>> links(Version version) {
		Map<Long, List<LinkRow>> links = new HashMap<>();
		em.createQuery("""
				select l.from.id, p.slug, v.number, t.label, l.kind from PointLink l join l.to t join t.version v
				join v.proposal p where l.from.version = :version order by l.id""", Object[].class)
			.setParameter("version", version)
			.getResultList()
			.forEach(r -> links.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
				.add(new LinkRow(new VersionKey((String) r[1], ((Number) r[2]).intValue()).point((String) r[3]).toString(),
					(LinkKind) r[4])));
		return links;
	}

	/** Keys of the sources the saved draft cites. */
	@Transactional(readOnly = true)
	public List<String> versionSources(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		return version.getSources().stream().map(s -> s.getKey()).toList();
	}

	/** The saved draft's lock version, for a page that acts on the draft as it is now. */
	@Transactional(readOnly = true)
	public long lockVersion(String proposal, int number) {
		Version version = lookup.version(proposal, number);
		version.requireDraft();
		return version.getLockVersion();
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

	/**
	 * The form's choices; {@code sourceKeys} are the sources its point rows offer, labelled in one
	 * statement but for those whose label is {@code known} already (the version's, from its picker).
	 */
	@Transactional(readOnly = true)
	public Choices choices(String proposal, int number, Collection<String> sourceKeys, Map<String, String> known) {
		Map<String, String> labels = new HashMap<>(known);
		List<String> keys = sourceKeys.stream()
			.filter(k -> k != null && !k.isBlank() && !known.containsKey(k))
			.distinct()
			.toList();
		if (!keys.isEmpty()) {
			sourceLookup.sources(keys).forEach(s -> labels.put(s.getKey(), s.getPublisher() + ": " + s.getTitle()));
		}
		return new Choices(lookup.measures()
			.stream()
			.map(m -> new Choice(m.getSlug(), m.getName() + " (" + m.getUnit() + ")"))
			.toList(), labels, versionChoices(new VersionKey(proposal, number).toString()));
	}

}
