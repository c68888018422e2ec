package org.parley.proposal;

import java.time.LocalDate;
import java.util.List;

import org.parley.source.DatePrecision;
import org.parley.source.SourceRef;

/** A published version with what readers want to know about its text. */
public record VersionView(long id, VersionRef ref, LocalDate issuedOn, DatePrecision datePrecision,
		Provenance provenance, Completeness completeness, VersionRef basedOn, long pointCount, String note,
		List<SourceRef> sources) {

	VersionView withSources(List<SourceRef> sources) {
		return new VersionView(id, ref, issuedOn, datePrecision, provenance, completeness, basedOn, pointCount, note,
				List.copyOf(sources));
	}

}
