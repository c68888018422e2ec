package org.parley.proposal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;


/**
 * Finds proposals, versions and points that editing forms name by slug, key or number.
 * Unknown names in the URL answer 404; names typed into a form are checked by the callers,
 * which reject the field. Each feature has its own lookup, so none depends on all the others.
 */
@Component
public class ProposalLookup {

	private final EntityManager em;

	ProposalLookup(EntityManager em) {
		this.em = em;
	}

	public Proposal proposal(String slug) {
		return em.createQuery("select p from Proposal p where p.slug = :slug", Proposal.class)
			.setParameter("slug", slug)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new ProposalNotFound("error.proposal.notFound", slug));
	}

	public Version version(String proposal, int number) {
		return findVersion(proposal, number)
			.orElseThrow(() -> new VersionNotFound("error.version.notFound", number, proposal));
	}

	public java.util.Optional<Version> findVersion(String proposal, int number) {
		return em.createQuery("""
				select v from Version v join fetch v.proposal p
				where p.slug = :slug and v.number = :number""", Version.class)
			.setParameter("slug", proposal)
			.setParameter("number", number)
			.getResultStream()
			.findFirst();
	}

	/** A version by its key {@code us-28-point-plan@1}; empty when malformed or unknown. */
	public java.util.Optional<Version> findVersion(String key) {
		return VersionKey.read(key).flatMap(k -> findVersion(k.proposal(), k.number()));
	}

	/** A point by its key {@code us-28-point-plan@1#6}; empty when malformed or unknown. */
	public java.util.Optional<Point> findPoint(String key) {
		return VersionKey.PointKey.read(key)
			.flatMap(k -> findVersion(k.version().proposal(), k.version().number()).flatMap(v -> em
				.createQuery("select p from Point p where p.version = :version and p.label = :label", Point.class)
				.setParameter("version", v)
				.setParameter("label", k.label())
				.getResultStream()
				.findFirst()));
	}

	public int nextVersionNumber(Proposal proposal) {
		Integer max = em.createQuery("select max(v.number) from Version v where v.proposal = :p", Integer.class)
			.setParameter("p", proposal)
			.getSingleResult();
		return max == null ? 1 : max + 1;
	}

	public List<Measure> measures() {
		return em.createQuery("select m from Measure m order by m.name", Measure.class).getResultList();
	}

	/** Published versions, newest first, as "based on" choices. */
	public List<Version> publishedVersions() {
		return em.createQuery("""
				select v from Version v join fetch v.proposal
				where v.status = org.parley.proposal.VersionStatus.PUBLISHED
				order by v.proposal.name, v.number""", Version.class).getResultList();
	}

}
