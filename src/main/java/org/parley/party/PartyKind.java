package org.parley.party;

public enum PartyKind {
	STATE, GROUP, BLOC, ORGANISATION
}
