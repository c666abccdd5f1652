package ru.nko.platform.system;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import ru.nko.platform.system.UserManagement;

/**
 * In {@code prod}: refuses to run with demo accounts still signing in with "demo", the
 * demo profile on, or links to localhost in e-mails.
 */
@Component
@Profile("prod")
class ProductionGuard {

	private final UserManagement users;

	private final Environment environment;

	ProductionGuard(UserManagement users, Environment environment) {
		this.users = users;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		if (this.environment.matchesProfiles("demo | scale")) {
			throw new IllegalStateException(
					"Профили prod и demo (или scale) несовместимы: демонстрационные и сгенерированные данные не загружаются в рабочую систему");
		}
		String baseUrl = this.environment.getProperty("nko.web.base-url", "");
		if (baseUrl.isBlank() || baseUrl.contains("://localhost") || baseUrl.contains("://127.0.0.1")) {
			throw new IllegalStateException(
					"Задайте адрес платформы NKO_WEB_BASE_URL (например https://nko.lenobl.ru): "
							+ "с адресом localhost ссылки в письмах не откроются");
		}
		if (this.users.anySignsInWith(DemoData.ACCOUNTS, "demo")) {
			throw new IllegalStateException(
					"В рабочей системе есть демонстрационные учётные записи с паролем demo — смените пароли или отключите их");
		}
		String password = this.environment.getProperty("spring.datasource.password", "");
		if (password.isBlank() || password.equals("postgres") || password.equals("nko")) {
			throw new IllegalStateException(
					"Задайте пароль базы данных NKO_DB_PASSWORD: пароль по умолчанию в рабочей системе запрещён");
		}
	}

}
