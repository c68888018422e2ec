package org.parley.proposal;

import org.junit.jupiter.api.Test;

import org.parley.proposal.VersionKey.PointKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionKeyTest {

	@Test
	void readsVersionAndPointKeysWithOneSetOfLimits() {
		assertThat(VersionKey.parse(" us-28-point-plan@2 ")).isEqualTo(new VersionKey("us-28-point-plan", 2));
		assertThat(PointKey.parse("us-28-point-plan@1#6a")).isEqualTo(new VersionKey("us-28-point-plan", 1).point("6a"));
		assertThat(VersionKey.read("us@999999")).isPresent();
		assertThat(VersionKey.read("us@1000000")).isEmpty();
		assertThat(VersionKey.read("us@0")).isEmpty();
		assertThat(VersionKey.read("US@1")).isEmpty();
		assertThat(VersionKey.read("us@1#6")).isEmpty();
		assertThat(VersionKey.read("a".repeat(81) + "@1")).isEmpty();
		assertThat(PointKey.read("us@1#" + "6".repeat(21))).isEmpty();
		assertThat(PointKey.read("us@1#")).isEmpty();
	}

	@Test
	void aMalformedKeySaysWhatAKeyLooksLike() {
		assertThatThrownBy(() -> VersionKey.parse("us@two")).isInstanceOf(VersionKey.Malformed.class)
			.hasMessage("must name a version as proposal@number, for example us-28-point-plan@1, not 'us@two'.");
		assertThatThrownBy(() -> PointKey.parse("us@1")).hasMessageStartingWith("must name a point as proposal@number#label");
	}

}
