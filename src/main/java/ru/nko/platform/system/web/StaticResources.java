package ru.nko.platform.system.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The platform's own styles and scripts and the web jars, each under its own prefix
 * instead of Spring Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings:
 * false}): a link to a page ({@code @{/organizations/5}}) then never goes looking for a
 * file in the jar, which cost most of every page's time. Styles and scripts carry a hash
 * of their content in the address ({@code /css/platform-3f2a….css}) and, like the web
 * jars (whose address has the version), are cached by browsers for a year: a phone loads
 * them once, and a new release is fetched at once.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
