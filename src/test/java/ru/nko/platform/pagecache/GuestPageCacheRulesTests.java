package ru.nko.platform.pagecache;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache's rules, without the application: one rendering at a time, what is kept. */
class GuestPageCacheRulesTests {

	final AtomicInteger renderings = new AtomicInteger();

	final GuestPageCache cache = new GuestPageCache(Duration.ofMinutes(1), 1024 * 1024, Set.of("look"),
			List.of("/login"));

	@Test
	void aCrowdAskingForOnePageWaitsForOneRendering() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (request, response) -> {
			this.renderings.incrementAndGet();
			rendering.countDown();
			await(release);
			page(response, 200, "страница");
		};
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> get("/", slow));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> get("/", slow));
		Thread.sleep(200);
		release.countDown();

		assertThat(first.get(5, TimeUnit.SECONDS).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("страница");
		MockHttpServletResponse waited = second.get(5, TimeUnit.SECONDS);
		assertThat(waited.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("страница");
		assertThat(waited.getHeader(GuestPageCache.HEADER)).isEqualTo("hit");
		assertThat(this.renderings).hasValue(1);
	}

	@Test
	void aPageRenderedWhileAWriteEndedIsNotKept() {
		FilterChain changing = (request, response) -> {
			this.renderings.incrementAndGet();
			this.cache.clear();
			page(response, 200, "до изменения");
		};
		get("/", changing);
		get("/", changing);

		assertThat(this.renderings).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void onlyWholeSuccessfulPagesWithoutCookiesAreKept() {
		get("/missing", (request, response) -> page(response, 404, "нет"));
		get("/cookie", (request, response) -> {
			((HttpServletResponse) response).addHeader("Set-Cookie", "a=b");
			page(response, 200, "с cookie");
		});
		get("/file", (request, response) -> {
			response.setContentType("text/csv");
			response.getOutputStream().write("a;b".getBytes(StandardCharsets.UTF_8));
		});
		get("/large", (request, response) -> page(response, 200, "я".repeat(600_000)));
		get("/login", (request, response) -> page(response, 200, "вход"));

		assertThat(this.cache.size()).isZero();

		get("/ok", (request, response) -> page(response, 200, "да"));
		assertThat(this.cache.size()).isEqualTo(1);
	}

	@Test
	void aStalePageIsGivenWhileItIsRenderedAgain() throws Exception {
		GuestPageCache shortLived = new GuestPageCache(Duration.ofMillis(50), 1024 * 1024, Set.of(), List.of());
		get(shortLived, "/", (request, response) -> page(response, 200, "первая"));
		Thread.sleep(100);
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> renderer = CompletableFuture
			.supplyAsync(() -> get(shortLived, "/", (request, response) -> {
				rendering.countDown();
				await(release);
				page(response, 200, "вторая");
			}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse meanwhile = get(shortLived, "/", (request, response) -> page(response, 200, "лишняя"));
		release.countDown();

		assertThat(meanwhile.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("первая");
		assertThat(renderer.get(5, TimeUnit.SECONDS).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("вторая");
		assertThat(get(shortLived, "/", (request, response) -> page(response, 200, "лишняя"))
			.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("вторая");
	}

	private MockHttpServletResponse get(String path, FilterChain chain) {
		return get(this.cache, path, chain);
	}

	private static MockHttpServletResponse get(GuestPageCache cache, String path, FilterChain chain) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			cache.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void page(ServletResponse response, int status, String text) throws IOException {
		((HttpServletResponse) response).setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write(text);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
