package org.parley.architecturefixture.b;

import org.parley.architecturefixture.a.Asks;

/** The other half of the deliberate cycle (see {@code Asks}). */
public class Answers {

	Asks asks;

}
