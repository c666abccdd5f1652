package ru.nko.platform.system.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import ru.nko.platform.system.UserManagement;

/** Notes the time of each sign-in through the login page on the user's record. */
@Component
class SignInListener {

	private final UserManagement users;

	SignInListener(UserManagement users) {
		this.users = users;
	}

	@EventListener
	void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		this.users.signedIn(event.getAuthentication().getName());
	}

}
