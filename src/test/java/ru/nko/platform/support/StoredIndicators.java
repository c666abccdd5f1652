package ru.nko.platform.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo roadmap's indicators as the roadmap stored them (through its public API), not
 * as a provider would compute them now: tests see whether a module's change reached the
 * roadmap.
 */
public final class StoredIndicators {

	private final MockMvc mvc;

	public StoredIndicators(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** The demo roadmap's indicator of a measure with this name. */
	public Map<String, Object> of(String measureCode, String name) throws Exception {
		List<Map<String, Object>> all = JsonPath.read(body("/api/v1/roadmaps/" + demoRoadmap() + "/indicators"), "$");
		return all.stream()
			.filter(i -> measureCode.equals(i.get("measureCode")) && name.equals(i.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no indicator «" + name + "» of measure " + measureCode));
	}

	/** The demo roadmap's first indicator of a measure. */
	public Map<String, Object> first(String measureCode) throws Exception {
		List<Map<String, Object>> all = JsonPath.read(body("/api/v1/roadmaps/" + demoRoadmap() + "/indicators"), "$");
		return all.stream()
			.filter(i -> measureCode.equals(i.get("measureCode")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no indicator of measure " + measureCode));
	}

	/**
	 * When an indicator as {@link #of} or {@link #first} gives it was last computed; null
	 * if never.
	 */
	public static Instant computedAt(Map<String, Object> indicator) {
		Object at = indicator.get("computedAt");
		return at == null ? null : Instant.parse(at.toString());
	}

	/** Its stored value; null when there is none. */
	public BigDecimal actual(String measureCode, String name) throws Exception {
		Object actual = of(measureCode, name).get("actual");
		return actual == null ? null : new BigDecimal(actual.toString());
	}

	/** When it was last computed; null if never. */
	public Instant computedAt(String measureCode, String name) throws Exception {
		Object at = of(measureCode, name).get("computedAt");
		return at == null ? null : Instant.parse(at.toString());
	}

	/** The demo roadmap: the first one imported (other tests import more). */
	private long demoRoadmap() throws Exception {
		List<Integer> ids = JsonPath.read(body("/api/v1/roadmaps"), "$[*].id");
		return ids.stream().mapToLong(Integer::longValue).min().orElseThrow();
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
