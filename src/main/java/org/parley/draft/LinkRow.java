package org.parley.draft;

import org.parley.proposal.LinkKind;

/**
 * One link of a draft's point to another point ({@code to}, as {@code proposal@n#label}) and how
 * they relate; a link whose kind is emptied is dropped on save.
 */
public class LinkRow {

	private String to;

	private LinkKind kind;

	public LinkRow() {
	}

	public LinkRow(String to, LinkKind kind) {
		this.to = to;
		this.kind = kind;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public LinkKind getKind() {
		return kind;
	}

	public void setKind(LinkKind kind) {
		this.kind = kind;
	}

}
