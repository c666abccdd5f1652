package ru.nko.platform.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps, for a few seconds, the pages guests see — the roadmap, the dashboard, the
 * directory, lists — so that a crowd of guests costs one rendering per page and address,
 * not one per visit. The same page goes to every guest: only a request with no sign of a
 * person (no {@code Authorization} header, no cookie but the ones that change how a page
 * looks, such as the large-print version, which are part of the key) is answered from
 * here, and only a complete {@code 200} HTML or JSON answer that set no cookie and is
 * under a megabyte is kept.
 * <p>
 * While a page is rendered, other guests asking for it wait for that rendering instead of
 * starting their own, or, once its time to live has passed, get the previous one: a crowd
 * never renders a page twice at once.
 * <p>
 * Every write transaction that ends, committed or rolled back, empties it: a guest sees a
 * change as soon as it is saved. A page rendered while a write ended is not kept (a
 * generation number tells), nor one rendered inside an open transaction (tests). Writes
 * outside Spring's transactions are seen after the time to live at most.
 */
public class GuestPageCache extends OncePerRequestFilter implements TransactionExecutionListener {

	/**
	 * The name of transactions that keep records of the platform's own (sessions), no
	 * change of what pages show: they leave the cache as it is.
	 */
	public static final String BOOKKEEPING = "nko.bookkeeping";

	/** Marks an answer given from the cache ({@code hit}). */
	public static final String HEADER = "X-Guest-Cache";

	private static final int MAX_PAGE = 1024 * 1024;

	/** How long a request waits for the same page that another one is rendering. */
	private static final Duration WAIT = Duration.ofSeconds(10);

	/**
	 * How much longer than its time to live a page may be given while it is rendered
	 * again.
	 */
	private static final int STALE_WHILE_RENDERING = 5;

	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding",
			"connection", "keep-alive", "content-encoding", "vary", "content-type", HEADER.toLowerCase(Locale.ROOT));

	private final Cache<String, Page> pages;

	private final Set<String> keyCookies;

	private final List<String> excluded;

	private final AtomicLong generation = new AtomicLong();

	private final Duration timeToLive;

	/** The pages being rendered now, for the requests that ask for them meanwhile. */
	private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

	/**
	 * @param timeToLive how long a page is kept; zero keeps nothing
	 * @param maxBytes how much the kept pages may take together
	 * @param keyCookies the cookies that change how a page looks (part of the key); any
	 * other cookie passes the request by
	 * @param excluded address prefixes never kept (sign-in, actuator)
	 */
	public GuestPageCache(Duration timeToLive, long maxBytes, Set<String> keyCookies, List<String> excluded) {
		this.timeToLive = timeToLive;
		this.pages = timeToLive.isZero() ? null
				: Caffeine.newBuilder()
					.expireAfterWrite(timeToLive.multipliedBy(STALE_WHILE_RENDERING))
					.maximumWeight(maxBytes)
					.weigher((String key, Page page) -> key.length() * 2 + page.body().length + 512)
					.build();
		this.keyCookies = Set.copyOf(keyCookies);
		this.excluded = List.copyOf(excluded);
	}

	/** Forgets every kept page. */
	public void clear() {
		this.generation.incrementAndGet();
		if (this.pages != null) {
			this.pages.invalidateAll();
		}
	}

	/** How many pages are kept now. */
	public long size() {
		if (this.pages == null) {
			return 0;
		}
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		clearAfter(transaction);
	}

	@Override
	public void afterRollback(TransactionExecution transaction, Throwable failure) {
		clearAfter(transaction);
	}

	private void clearAfter(TransactionExecution transaction) {
		if (!transaction.isReadOnly() && !BOOKKEEPING.equals(transaction.getTransactionName())) {
			clear();
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (this.pages == null || !"GET".equals(request.getMethod())
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.ORIGIN) != null
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.excluded.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page kept = this.pages.getIfPresent(key);
		if (kept != null && kept.freshFor(this.timeToLive)) {
			kept.writeTo(response);
			return;
		}
		CompletableFuture<Page> mine = new CompletableFuture<>();
		CompletableFuture<Page> other = this.rendering.putIfAbsent(key, mine);
		if (other != null) {
			// someone renders this page now: the previous one meanwhile, or wait for
			// theirs
			Page awaited = kept != null ? kept : await(other);
			if (awaited != null) {
				awaited.writeTo(response);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		Page rendered = null;
		try {
			long started = this.generation.get();
			Recording recording = new Recording(response);
			chain.doFilter(request, recording);
			recording.flush();
			rendered = request.isAsyncStarted() ? null : recording.page();
			if (rendered != null && started == this.generation.get()) {
				this.pages.put(key, rendered);
			}
		}
		finally {
			this.rendering.remove(key, mine);
			mine.complete(rendered);
		}
	}

	private static Page await(CompletableFuture<Page> rendering) {
		try {
			return rendering.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/**
	 * The address with its query, what the client accepts and the look cookies;
	 * {@code null} when a person is known.
	 */
	private String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getServerName()).append(request.getRequestURI());
		if (request.getQueryString() != null) {
			key.append('?').append(request.getQueryString());
		}
		for (String header : new String[] { HttpHeaders.ACCEPT, "HX-Request", "HX-Target" }) {
			if (request.getHeader(header) != null) {
				key.append(' ').append(header).append('=').append(request.getHeader(header));
			}
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			List<String> look = new ArrayList<>();
			for (Cookie cookie : cookies) {
				if (!this.keyCookies.contains(cookie.getName())) {
					return null;
				}
				look.add(cookie.getName() + "=" + cookie.getValue());
			}
			look.sort(null);
			key.append(" ").append(look);
		}
		return key.toString();
	}

	private record Page(int status, List<String[]> headers, String contentType, byte[] body, long keptAt) {

		boolean freshFor(Duration timeToLive) {
			return System.nanoTime() - this.keptAt < timeToLive.toNanos();
		}

		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(this.status);
			Set<String> set = new HashSet<>();
			for (String[] header : this.headers) {
				if (set.add(header[0])) {
					response.setHeader(header[0], header[1]);
				}
				else {
					response.addHeader(header[0], header[1]);
				}
			}
			response.setHeader(HEADER, "hit");
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

	/** Passes the answer through, keeping a copy of it up to a megabyte. */
	private static final class Recording extends HttpServletResponseWrapper {

		private final ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);

		private boolean tooLarge;

		private ServletOutputStream output;

		private PrintWriter writer;

		Recording(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.writer != null) {
				throw new IllegalStateException("getWriter() has already been called");
			}
			if (this.output == null) {
				this.output = new Tee(super.getOutputStream());
			}
			return this.output;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.output != null && this.writer == null) {
				throw new IllegalStateException("getOutputStream() has already been called");
			}
			if (this.writer == null) {
				this.output = new Tee(super.getOutputStream());
				this.writer = new PrintWriter(
						new OutputStreamWriter(this.output, Charset.forName(getCharacterEncoding())));
			}
			return this.writer;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			super.flushBuffer();
		}

		void flush() {
			if (this.writer != null) {
				this.writer.flush();
			}
		}

		Page page() {
			HttpServletResponse response = (HttpServletResponse) getResponse();
			String type = response.getContentType();
			if (this.tooLarge || response.getStatus() != 200 || type == null || !keptType(type)
					|| response.getHeader(HttpHeaders.SET_COOKIE) != null) {
				return null;
			}
			List<String[]> headers = new ArrayList<>();
			for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					for (String value : response.getHeaders(name)) {
						headers.add(new String[] { name, value });
					}
				}
			}
			return new Page(200, List.copyOf(headers), type, this.copy.toByteArray(), System.nanoTime());
		}

		private static boolean keptType(String type) {
			try {
				MediaType media = MediaType.parseMediaType(type);
				return MediaType.TEXT_HTML.isCompatibleWith(media)
						|| MediaType.APPLICATION_JSON.isCompatibleWith(media);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		private final class Tee extends ServletOutputStream {

			private final ServletOutputStream target;

			Tee(ServletOutputStream target) {
				this.target = target;
			}

			@Override
			public void write(int b) throws IOException {
				this.target.write(b);
				keep(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.target.write(bytes, offset, length);
				keep(bytes, offset, length);
			}

			private void keep(byte[] bytes, int offset, int length) {
				if (Recording.this.tooLarge) {
					return;
				}
				if (Recording.this.copy.size() + length > MAX_PAGE) {
					Recording.this.tooLarge = true;
					Recording.this.copy.reset();
					return;
				}
				Recording.this.copy.write(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				this.target.flush();
			}

			@Override
			public boolean isReady() {
				return this.target.isReady();
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				this.target.setWriteListener(listener);
			}

		}

	}

}
