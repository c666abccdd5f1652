package ru.nko.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nko.platform.support.PlatformTest;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Base for scenarios that drive the running application in headless Debian Chromium. */
@PlatformTest
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	/** Debian's package; Playwright must never download a browser of its own here. */
	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
	static final Path SCREENSHOTS = Paths.get("target", "screenshots");
	static final int DESKTOP_WIDTH = 1280;
	static final int DESKTOP_HEIGHT = 900;
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		// Checked before Spring starts the application, so a skipped class costs nothing.
		assumeTrue(browserTestsEnabled(), "browser tests are off: -Dbrowser.tests=false or no " + CHROMIUM);
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run", "--disable-quic")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	static {
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(
				new Browser.NewContextOptions().setLocale("ru-RU").setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT));
		// a busy two-core machine answers slowly now and then: wait for the server, not
		// for a fixed time
		context.setDefaultTimeout(30_000);
		context.setDefaultNavigationTimeout(60_000);
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
			context = null;
			page = null;
		}
	}

	/**
	 * "true" demands a browser (its absence fails the build, as CI must not pass
	 * silently), "auto" uses one if Debian's Chromium is installed, "false" never does.
	 */
	static boolean browserTestsEnabled() {
		String mode = System.getProperty("browser.tests", "auto").trim().toLowerCase(Locale.ROOT);
		boolean installed = Files.isExecutable(CHROMIUM);
		switch (mode) {
			case "true":
				if (!installed) {
					fail("browser.tests=true but " + CHROMIUM + " is missing: apt-get install chromium");
				}
				return true;
			case "false":
				return false;
			case "auto":
			case "":
				return installed;
			default:
				throw new IllegalStateException("browser.tests must be true, false or auto, not '" + mode + "'");
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Navigates to a path of the application; returns once the page's load event has
	 * fired.
	 */
	protected void open(String path) {
		page.navigate(url(path));
	}

	/**
	 * Presses a button that sends a form, even one that only looks disabled, and returns
	 * once the server's answer has loaded (a redirect or the same page with errors), so
	 * what follows never races the request. The click is dispatched to the button itself:
	 * a forced click at its position could land on whatever covers it and send nothing.
	 */
	protected void submit(Locator button) {
		button.scrollIntoViewIfNeeded();
		page.waitForNavigation(() -> button.dispatchEvent("click"));
	}

	protected void login(String username, String password) {
		open("/login");
		String loginPage = page.url();
		// Exact labels, so that e.g. a «Показать пароль» toggle does not match «Пароль»
		// as well.
		page.getByLabel("Логин", new Page.GetByLabelOptions().setExact(true)).fill(username);
		page.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти").setExact(true)).click();
		// Spring Security redirects both on success and on failure (/login?error), so the
		// URL always changes.
		page.waitForURL(current -> !current.equals(loginPage));
	}

	/**
	 * Runs axe-core for WCAG 2.1 A/AA on the current page, after saving its screenshot.
	 */
	protected void checkAccessible(String screenshotName) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
		screenshot(screenshotName);
		if (results.isErrored()) {
			fail("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
		}
		List<Rule> violations = results.getViolations();
		if (!violations.isEmpty()) {
			fail(describe(violations));
		}
	}

	/**
	 * The same check on a 360 px wide phone screen, where the page must also fit without
	 * sideways scrolling.
	 */
	protected void checkAccessibleOnPhone(String screenshotName) {
		page.setViewportSize(360, 740);
		try {
			checkAccessible(screenshotName);
			assertNoHorizontalScroll();
		}
		finally {
			page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
		}
	}

	/**
	 * WCAG 1.4.4/1.4.10: at 200 % zoom the content must still fit. Zooming a 1280x900
	 * window to 200 % gives the page a 640x450 CSS-pixel layout viewport, which is
	 * emulated here.
	 */
	protected void checkZoom200(String screenshotName) {
		page.setViewportSize(DESKTOP_WIDTH / 2, DESKTOP_HEIGHT / 2);
		try {
			screenshot(screenshotName);
			assertNoHorizontalScroll();
		}
		finally {
			page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
		}
	}

	protected void assertNoHorizontalScroll() {
		List<?> pair = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
		int scrollWidth = ((Number) pair.get(0)).intValue();
		int innerWidth = ((Number) pair.get(1)).intValue();
		// One pixel of slack for sub-pixel rounding of the layout.
		if (scrollWidth > innerWidth + 1) {
			fail("the page scrolls sideways at " + innerWidth + " px: its content is " + scrollWidth + " px wide ("
					+ page.url() + ")");
		}
	}

	protected Path screenshot(String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	static String describe(List<Rule> violations) {
		StringBuilder text = new StringBuilder().append(violations.size())
			.append(" accessibility violation(s) (axe-core, WCAG 2.1 A/AA):");
		for (Rule rule : violations) {
			List<CheckedNode> nodes = rule.getNodes();
			String targets = nodes.stream()
				.limit(3)
				.map(node -> target(node.getTarget()))
				.collect(Collectors.joining(", "));
			text.append("\n  - ")
				.append(rule.getId())
				.append(" [")
				.append(rule.getImpact())
				.append("] ")
				.append(rule.getHelp())
				.append(" — ")
				.append(targets);
			if (nodes.size() > 3) {
				text.append(" and ").append(nodes.size() - 3).append(" more");
			}
		}
		return text.toString();
	}

	/**
	 * axe gives a list of selectors (one per frame or shadow root on the way to the
	 * element).
	 */
	private static String target(Object target) {
		if (target instanceof List<?> parts) {
			return parts.stream().map(String::valueOf).collect(Collectors.joining(" >>> "));
		}
		return String.valueOf(target);
	}

	/**
	 * Saves what the browser showed when a test failed, before @AfterEach closes the
	 * page.
	 */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext extension) {
			Throwable failure = extension.getExecutionException().orElse(null);
			if (failure == null || failure instanceof TestAbortedException) {
				return;
			}
			if (extension.getTestInstance().orElse(null) instanceof BrowserTest test && test.page != null) {
				String name = "FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-"
						+ extension.getRequiredTestMethod().getName();
				try {
					test.screenshot(name);
				}
				catch (RuntimeException e) {
					// The page may be what broke; keep the original failure as the test's
					// result.
					failure.addSuppressed(e);
				}
			}
		}

	}

}
