package org.parley.architecturefixture.a;

import org.parley.architecturefixture.b.Answers;

/** Half of a deliberate package cycle: ArchitectureTest shows its rule catches it. */
public class Asks {

	Answers answers;

}
