package ru.nko.platform.system.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import ru.nko.platform.system.users.AppUserRepository;

/**
 * Sign-in with login and password (the login page and HTTP Basic alike): an address
 * paused by the {@link SignInThrottle} is refused before the password is even looked at;
 * failures and successes are counted.
 */
@Component
class ThrottledPasswordAuthentication extends DaoAuthenticationProvider {

	private final SignInThrottle throttle;

	ThrottledPasswordAuthentication(AppUserRepository users, PasswordEncoder passwords, SignInThrottle throttle) {
		super(new AppUserDetailsService(users));
		setPasswordEncoder(passwords);
		// the security log tells an unknown login from a wrong password; pages and the
		// API still answer both alike
		setHideUserNotFoundExceptions(false);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String login = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		SignInThrottle.Standing standing = this.throttle.check(login, address);
		if (standing.paused()) {
			throw new SignInThrottled(standing.pausedUntil());
		}
		try {
			Authentication result = super.authenticate(authentication);
			if (standing.failedBefore()) {
				this.throttle.succeeded(login, address);
			}
			return result;
		}
		catch (BadCredentialsException | UsernameNotFoundException ex) {
			this.throttle.failed(login, address);
			throw ex;
		}
	}

}
