package ru.nko.platform.system;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.nko.platform.system.audit.SecurityEventLog;
import ru.nko.platform.system.security.SessionTerminator;
import ru.nko.platform.system.users.AppUser;
import ru.nko.platform.system.users.AppUserRepository;

/**
 * Creating users, granting and revoking roles with scopes; administrators only, except
 * for start-up data.
 */
@Service
public class UserManagement {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

	/** The longest full name or e-mail address a user may have. */
	private static final int TEXT_MAX = 200;

	/**
	 * The longest password accepted, in UTF-8 bytes: what BCrypt reads (a longer one
	 * would be refused by the encoder).
	 */
	private static final int PASSWORD_MAX_BYTES = 72;

	private static final String PASSWORD_TOO_LONG = "Пароль слишком длинный: не больше 72 латинских букв, цифр и знаков "
			+ "(русская буква считается за две)";

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final SecurityEventLog securityLog;

	private final Clock clock;

	private final SessionTerminator sessions;

	UserManagement(AppUserRepository users, PasswordEncoder passwordEncoder, SecurityEventLog securityLog, Clock clock,
			SessionTerminator sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.securityLog = securityLog;
		this.clock = clock;
		this.sessions = sessions;
	}

	/** A page of users whose login or name contains the text. */
	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public Page<UserView> search(String text, Pageable pageable) {
		return this.users.search(text == null ? "" : text.trim(), pageable).map(UserManagement::view);
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional(readOnly = true)
	public UserView get(long id) {
		UserView user = view(load(id));
		// a user's card carries personal data (name, e-mail): who looked at it is logged
		this.securityLog.record(SecurityEventLog.Kind.PERSONAL_DATA_VIEWED, user.username(), null);
		return user;
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public long create(NewUser form) {
		return createUser(form, Set.of(), 8);
	}

	/**
	 * A person registers themselves (no roles yet: they get them by claiming to represent
	 * an organisation or from an administrator); needs an e-mail and consent to the
	 * processing of personal data.
	 */
	@Transactional
	public long register(NewUser form, String repeatedPassword, boolean consent) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		if (form.email() == null || form.email().isBlank()) {
			errors.add("email", "Укажите адрес электронной почты — на него придут уведомления");
		}
		if (form.password() != null && !form.password().equals(repeatedPassword)) {
			errors.add("repeatedPassword", "Пароли не совпадают — введите пароль ещё раз");
		}
		if (!consent) {
			errors.add("consent", "Без согласия на обработку персональных данных зарегистрироваться нельзя");
		}
		// every problem at once, the form's own checks included
		createUserChecks(form, 8, errors);
		errors.throwIfAny();
		return createUser(form, Set.of(), 8);
	}

	/**
	 * Creates a user with grants, unless one with that login exists; for start-up data,
	 * no caller check.
	 */
	@Transactional
	public long ensureUser(String username, String rawPassword, String fullName, Set<Grant> grants) {
		Optional<AppUser> existing = this.users.findByUsername(username);
		if (existing.isPresent()) {
			return existing.get().getId();
		}
		return createUser(new NewUser(username, fullName, null, rawPassword), grants, 4);
	}

	private long createUser(NewUser form, Set<Grant> grants, int minPasswordLength) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		Checked checked = createUserChecks(form, minPasswordLength, errors);
		errors.throwIfAny();
		AppUser user = new AppUser(checked.username(), this.passwordEncoder.encode(form.password()), checked.fullName(),
				checked.email(), this.clock.instant());
		grants.forEach(user::grant);
		this.users.save(user);
		return user.getId();
	}

	private static boolean tooLong(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES;
	}

	/** A new user's texts as they will be stored. */
	private record Checked(String username, String fullName, String email) {
	}

	private Checked createUserChecks(NewUser form, int minPasswordLength, InvalidInput.Errors errors) {
		String username = form.username() == null ? "" : form.username().trim();
		if (!USERNAME.matcher(username).matches()) {
			errors.add("username", "Укажите логин из 3–64 латинских букв, цифр, точек, дефисов или подчёркиваний");
		}
		else if (this.users.findByUsername(username).isPresent()) {
			errors.add("username", "Пользователь с логином «" + username + "» уже есть");
		}
		String fullName = errors.required(form.fullName(), "fullName", "Фамилия, имя и отчество",
				"Укажите фамилию, имя и отчество", TEXT_MAX);
		String email = errors.optional(form.email(), "email", "Электронная почта", TEXT_MAX);
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add("email", "Укажите адрес электронной почты в виде name@example.ru");
		}
		if (form.password() == null || form.password().length() < minPasswordLength) {
			errors.add("password", "Пароль должен быть не короче " + minPasswordLength + " символов");
		}
		else if (tooLong(form.password())) {
			errors.add("password", PASSWORD_TOO_LONG);
		}
		return new Checked(username, fullName, email);
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void grant(long userId, Grant grant) {
		AppUser user = load(userId);
		if (user.grant(grant)) {
			this.securityLog.record(SecurityEventLog.Kind.ROLE_GRANTED, user.getUsername(), describe(grant));
			this.sessions.endSessionsOf(user.getUsername(), null);
		}
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void revoke(long userId, Grant grant) {
		AppUser user = load(userId);
		if (user.revoke(grant)) {
			this.securityLog.record(SecurityEventLog.Kind.ROLE_REVOKED, user.getUsername(), describe(grant));
			this.sessions.endSessionsOf(user.getUsername(), null);
		}
	}

	@PreAuthorize("hasRole('REGIONAL_ADMIN')")
	@Transactional
	public void setEnabled(long userId, boolean enabled) {
		AppUser user = load(userId);
		user.setEnabled(enabled);
		if (!enabled) {
			this.sessions.endSessionsOf(user.getUsername(), null);
		}
		this.securityLog.record(enabled ? SecurityEventLog.Kind.USER_ENABLED : SecurityEventLog.Kind.USER_DISABLED,
				user.getUsername(), null);
	}

	/**
	 * The signed-in user changes their own password, proving they know the current one.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
		CurrentUser me = CurrentUser.required();
		AppUser user = load(me.id());
		InvalidInput.Errors errors = new InvalidInput.Errors();
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			errors.add("currentPassword", "Текущий пароль указан неверно");
		}
		if (newPassword == null || newPassword.length() < 8) {
			errors.add("newPassword", "Новый пароль должен быть не короче 8 символов");
		}
		else if (tooLong(newPassword)) {
			errors.add("newPassword", PASSWORD_TOO_LONG);
		}
		else if (newPassword.equals(currentPassword)) {
			errors.add("newPassword", "Новый пароль должен отличаться от текущего");
		}
		else if (!newPassword.equals(repeated)) {
			errors.add("repeatedPassword", "Пароли не совпадают — введите новый пароль ещё раз");
		}
		errors.throwIfAny();
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.securityLog.record(SecurityEventLog.Kind.PASSWORD_CHANGED, user.getUsername(), null);
		// other devices signed in with the old password are signed out; this one stays
		this.sessions.endSessionsOf(user.getUsername(), currentSessionId());
	}

	/**
	 * Whether any of the given logins still signs in with the given password: the
	 * production guard.
	 */
	@Transactional(readOnly = true)
	public boolean anySignsInWith(List<String> usernames, String rawPassword) {
		return usernames.stream()
			.map(this.users::findByUsername)
			.flatMap(Optional::stream)
			.anyMatch(user -> user.isEnabled() && this.passwordEncoder.matches(rawPassword, user.getPasswordHash()));
	}

	/**
	 * The e-mails of the enabled users who represent these organisations, by organisation
	 * id, in one query; organisations without such users are absent. Personal data: for
	 * sending mail, not for showing; no caller check.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> representativeEmails(Collection<Long> organizationIds) {
		if (organizationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<String>> emails = new HashMap<>();
		for (Object[] row : this.users.findEmailsByGrant(Role.NGO_REPRESENTATIVE, organizationIds)) {
			String email = ((String) row[1]).strip();
			List<String> addresses = emails.computeIfAbsent((Long) row[0], id -> new ArrayList<>());
			if (!email.isEmpty() && !addresses.contains(email)) {
				addresses.add(email);
			}
		}
		emails.values().removeIf(List::isEmpty);
		return emails;
	}

	/** Records a successful sign-in on the user's record. */
	@Transactional
	public void signedIn(String username) {
		this.users.findByUsername(username).ifPresent(user -> user.signedIn(this.clock.instant()));
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			var session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

	private AppUser load(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFound("Пользователь не найден"));
	}

	private static String describe(Grant grant) {
		return grant.role()
				+ (grant.scopeType() == ScopeType.NONE ? "" : " " + grant.scopeType() + ":" + grant.scopeId());
	}

	static UserView view(AppUser user) {
		return new UserView(user.getId(), user.getUsername(), user.getFullName(), user.getEmail(), user.isEnabled(),
				user.getCreatedAt(), user.getLastLoginAt(), user.grants());
	}

	/** What the administration pages show of a user. */
	public record UserView(long id, String username, String fullName, String email, boolean enabled, Instant createdAt,
			Instant lastLoginAt, Set<Grant> grants) {
	}

	/** The form to create a user. */
	public record NewUser(String username, String fullName, String email, String password) {
	}

}
