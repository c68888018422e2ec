package org.parley.api;

import java.time.LocalDate;
import java.util.List;

import org.parley.proposal.Completeness;
import org.parley.proposal.Provenance;
import org.parley.proposal.VersionView;
import org.parley.source.DatePrecision;

/**
 * A published version: {@code key} is its citable key ({@code proposal@n}); {@code provenance}
 * says where its text comes from (official, leaked, reported, reconstructed) and
 * {@code completeness} whether it is known in full.
 */
public record ApiVersion(String key, String proposal, int number, String title, LocalDate issuedOn,
		DatePrecision datePrecision, Provenance provenance, Completeness completeness, String basedOn,
		long pointCount, String note, List<ApiSourceRef> sources, String href) {

	public static ApiVersion of(VersionView v) {
		return new ApiVersion(v.ref().key(), v.ref().proposalSlug(), v.ref().number(), v.ref().title(), v.issuedOn(),
				v.datePrecision(), v.provenance(), v.completeness(), v.basedOn() == null ? null : v.basedOn().key(),
				v.pointCount(), v.note(), ApiSourceRef.of(v.sources() == null ? List.of() : v.sources()),
				v.ref().url());
	}

}
