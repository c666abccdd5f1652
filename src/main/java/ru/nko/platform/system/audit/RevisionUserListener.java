package ru.nko.platform.system.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the signed-in user, or "система" for start-up and scheduled
 * work.
 */
public class RevisionUserListener implements RevisionListener {

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		((Revision) revisionEntity).setUsername(authentication == null ? "система" : authentication.getName());
	}

}
