package ru.nko.platform.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import ru.nko.platform.problems.ProblemFixtures;
import ru.nko.platform.registrations.RegistrationFixtures;

/**
 * The one integration-test setup: the whole application on a random port with demo data
 * (the seed roadmap, demo accounts), MockMvc, and a clock tests can move. Every class
 * using it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import({ TestClockConfiguration.class, QueryCounting.class, TestIndicatorProviders.class, ProblemFixtures.class,
		RegistrationFixtures.class })
public @interface PlatformTest {

}
