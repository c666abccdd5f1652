package ru.nko.platform.system.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions when their access changes (disabled, roles changed, password
 * changed), so a revoked right does not live on in a session that was opened before.
 */
@Component
public class SessionTerminator {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Deletes every session of the user except the one given (the current one, or
	 * {@code null} for all).
	 */
	public void endSessionsOf(String username, String keepSessionId) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		repository.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keepSessionId))
			.forEach(repository::deleteById);
	}

}
