package ru.nko.platform.system.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** A refusal is logged by what the person did, never by a class name. */
class SecurityEventLogTests {

	@AfterEach
	void unbind() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aServicesRefusalNamesTheRequestThatLedToItNotAClass() {
		Object methodInvocation = new Object() {
		};
		assertThat(SecurityEventLog.deniedWhere(methodInvocation)).isEqualTo("без запроса");
		RequestContextHolder.setRequestAttributes(
				new ServletRequestAttributes(new MockHttpServletRequest("POST", "/meetings/7/close")));
		assertThat(SecurityEventLog.deniedWhere(methodInvocation)).isEqualTo("POST /meetings/7/close");
		assertThat(SecurityEventLog.deniedWhere(new MockHttpServletRequest("GET", "/admin/users")))
			.isEqualTo("GET /admin/users");
	}

}
