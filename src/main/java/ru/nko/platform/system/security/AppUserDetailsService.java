package ru.nko.platform.system.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.users.AppUser;
import ru.nko.platform.system.users.AppUserRepository;

/**
 * Loads a user with their grants for sign-in (used only by
 * {@link ThrottledPasswordAuthentication}, hence no bean).
 */
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AppUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return new CurrentUser(user.getId(), user.getUsername(), user.getFullName(), user.getPasswordHash(),
				user.isEnabled(), user.grants());
	}

}
