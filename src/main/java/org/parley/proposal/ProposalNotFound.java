package org.parley.proposal;

import org.parley.system.NotFoundException;

/** No proposal has the slug a page or a form names. Answers 404 (system.web.ErrorPages). */
public class ProposalNotFound extends NotFoundException {

	public ProposalNotFound(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
