package org.parley.history;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs each revision with the logged-in user. Changes made without one (the sample-data
 * import at start, the admin bootstrap) are signed "system".
 */
public class RevisionAuthor implements RevisionListener {

	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean loggedIn = authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName());
		((Revision) revision).setUsername(loggedIn ? authentication.getName() : SYSTEM);
	}

}
