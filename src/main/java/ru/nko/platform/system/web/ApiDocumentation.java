package ru.nko.platform.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI description at {@code /v3/api-docs} says about the API as a whole. */
@Configuration
class ApiDocumentation {

	@Bean
	OpenAPI platformApi() {
		return new OpenAPI().info(new Info().title("API платформы дорожной карты НКО")
			.version("v1")
			.description("Данные дорожной карты и других модулей для интеграций. JSON, даты в ISO-8601, ошибки — "
					+ "RFC 9457 (problem details) с пояснением на русском языке. Чтение открытых данных — без входа; "
					+ "изменения — с HTTP Basic (логин и пароль пользователя платформы) или в сессии браузера с CSRF-токеном."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
