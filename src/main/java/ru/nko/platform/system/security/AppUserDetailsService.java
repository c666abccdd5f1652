package ru.nko.platform.system.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.users.AppUser;
import ru.nko.platform.system.users.AppUserRepository;

/** Loads a user with their grants for sign-in. */
@Component
class AppUserDetailsService implements UserDetailsService {

	/** Failed sign-ins within {@link #LOCK_WINDOW} after which the login is locked until the window passes. */
	static final int MAX_FAILURES = 5;

	static final java.time.Duration LOCK_WINDOW = java.time.Duration.ofMinutes(15);

	private final AppUserRepository users;

	private final ru.nko.platform.system.audit.SecurityEventRepository events;

	private final java.time.Clock clock;

	AppUserDetailsService(AppUserRepository users, ru.nko.platform.system.audit.SecurityEventRepository events, java.time.Clock clock) {
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		long failures = this.events.countRecent(user.getUsername(), ru.nko.platform.system.audit.SecurityEventLog.Kind.LOGIN_FAILED,
				this.clock.instant().minus(LOCK_WINDOW));
		return new CurrentUser(user.getId(), user.getUsername(), user.getFullName(), user.getPasswordHash(),
				user.isEnabled(), user.grants(), failures >= MAX_FAILURES);
	}
}
