package ru.nko.platform.system.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ru.nko.platform.support.PlatformTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guest at an address no page answers hears "not found", as a signed-in person does,
 * not "sign in first"; pages that exist still ask them to sign in.
 */
@PlatformTest
class UnknownAddressTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aGuestAtAnUnknownAddressGets404() throws Exception {
		this.mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/no-such-page")).andExpect(status().isNotFound());
		this.mvc.perform(post("/no-such-form").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aGuestAtAPageThatNeedsSigningInIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/cabinet")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/problems/1/accept").with(csrf())).andExpect(redirectedUrl("/login"));
	}

}
