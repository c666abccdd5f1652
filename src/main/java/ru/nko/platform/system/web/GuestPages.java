package ru.nko.platform.system.web;

import java.util.List;
import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nko.platform.pagecache.GuestPageCache;
import ru.nko.platform.system.WebSettings;

/**
 * The pages guests see are kept for a few seconds ({@code nko.web.guest-page-cache}), in
 * front of sessions and security, keyed by address and the large-print cookies; any write
 * transaction empties the cache (the cache is a transaction listener too).
 */
@Configuration(proxyBeanMethods = false)
class GuestPages {

	private static final long MAX_BYTES = 64L * 1024 * 1024;

	@Bean
	GuestPageCache guestPageCache(WebSettings settings) {
		return new GuestPageCache(settings.guestPageCache(), MAX_BYTES,
				Set.of(AccessibilityController.COOKIE, AccessibilityController.SETTINGS_COOKIE),
				List.of("/css/", "/js/", "/webjars/", "/login", "/logout", "/register", "/actuator", "/error",
						"/accessibility", "/fortunes"));
	}

	/**
	 * Sessions write the time of the last request on every signed-in request. Their
	 * transactions (Spring Session looks for this bean by name) carry the name that tells
	 * the cache this bookkeeping is no change of data, so that guests' pages stay.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		TransactionTemplate sessions = new TransactionTemplate(transactionManager);
		sessions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		sessions.setName(GuestPageCache.BOOKKEEPING);
		return sessions;
	}

	@Bean
	FilterRegistrationBean<GuestPageCache> guestPageCacheFilter(GuestPageCache cache) {
		FilterRegistrationBean<GuestPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
