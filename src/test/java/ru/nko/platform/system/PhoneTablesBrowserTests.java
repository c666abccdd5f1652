package ru.nko.platform.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.nko.platform.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists on a 360 px phone: every table of a list page turns each row into a card whose
 * cells name their column (data-label shown before the value), the page never scrolls
 * sideways, the column headings stay for screen readers and axe finds nothing.
 */
class PhoneTablesBrowserTests extends BrowserTest {

	/** What each table of the page's main content looks like at the current width. */
	private static final String TABLES = """
			() => Array.from(document.querySelectorAll('main table')).map(t => {
			  const rows = Array.from(t.querySelectorAll(':scope > tbody > tr, :scope > tfoot > tr'));
			  const cells = rows.flatMap(r => Array.from(r.querySelectorAll(':scope > td')));
			  const thead = t.querySelector(':scope > thead');
			  return {
			    stacked: t.classList.contains('table-stack'),
			    rows: rows.length,
			    blockRows: rows.filter(r => getComputedStyle(r).display === 'block').length,
			    cells: cells.length,
			    unlabelled: cells.filter(c => !c.dataset.label
			        || ['none', 'normal', '""'].includes(getComputedStyle(c, '::before').content))
			      .map(c => c.outerHTML.substring(0, 120)),
			    headingsHidden: thead == null || (getComputedStyle(thead).display !== 'none'
			        && thead.getBoundingClientRect().width <= 1),
			    captioned: t.querySelector(':scope > caption') != null
			  };
			})""";

	@Test
	void aGuestReadsTheListsAsCardsOnAPhone() {
		checkList("/problems", "phone-problems-guest", true);
		checkList("/meetings", "phone-meetings-guest", false);
		checkList("/organizations", "phone-organizations-guest", true);
		checkList("/plans", "phone-plans-guest", true);
		checkList("/officials", "phone-officials-guest", true);
		checkList("/dashboard", "phone-dashboard-guest", true);
	}

	@Test
	void theAdministratorReadsEveryListAsCardsOnAPhone() {
		login("admin", "demo");
		checkList("/problems", "phone-problems-admin", true);
		checkList("/meetings", "phone-meetings-admin", false);
		checkList("/organizations", "phone-organizations-admin", true);
		checkList("/plans", "phone-plans-admin", true);
		checkList("/officials", "phone-officials-admin", true);
		checkList("/meetings/compliance", "phone-compliance-admin", true);
		checkList("/admin/outbox", "phone-outbox-admin", false);
		checkList("/admin/users", "phone-users-admin", true);
		checkList("/admin/claims", "phone-claims-admin", false);
		checkList("/admin/municipalities", "phone-municipalities-admin", true);
		checkList("/admin/bodies", "phone-bodies-admin", true);
		checkList("/admin/security-log", "phone-security-log-admin", true);
		checkList("/admin/problem-categories", "phone-problem-categories-admin", true);
		checkList("/admin/openness", "phone-openness-admin", true);
		checkList("/admin/indicators", "phone-indicators-admin", false);
	}

	@Test
	void aMunicipalOfficerReadsTheListsAsCardsOnAPhone() {
		login("municipal", "demo");
		checkList("/problems", "phone-problems-municipal", true);
		checkList("/meetings", "phone-meetings-municipal", false);
		checkList("/organizations", "phone-organizations-municipal", true);
		checkList("/plans", "phone-plans-municipal", true);
		checkList("/officials", "phone-officials-municipal", true);
		checkList("/meetings/compliance", "phone-compliance-municipal", true);
	}

	/**
	 * Opens a list at 360 px: every table with rows is stacked into labelled cards (when
	 * rowsExpected, at least one table has rows), then axe and the sideways scroll check.
	 */
	private void checkList(String path, String screenshot, boolean rowsExpected) {
		open(path);
		assertThat(page.url()).as("%s opens for this visitor", path).doesNotContain("/login");
		page.setViewportSize(360, 740);
		try {
			List<?> tables = (List<?>) page.evaluate(TABLES);
			int rows = 0;
			for (Object each : tables) {
				Map<?, ?> table = (Map<?, ?>) each;
				int tableRows = ((Number) table.get("rows")).intValue();
				rows += tableRows;
				assertThat(table.get("captioned")).as("%s: a table keeps its caption", path).isEqualTo(true);
				if (tableRows == 0) {
					continue;
				}
				assertThat(table.get("stacked")).as("%s: a table of rows is stacked on a phone", path).isEqualTo(true);
				assertThat(((Number) table.get("blockRows")).intValue()).as("%s: every row is a card", path)
					.isEqualTo(tableRows);
				assertThat((List<?>) table.get("unlabelled")).as("%s: every cell shows its column's name", path)
					.isEmpty();
				assertThat(table.get("headingsHidden"))
					.as("%s: the column headings are hidden only visually, not removed", path)
					.isEqualTo(true);
			}
			if (rowsExpected) {
				assertThat(rows).as("%s shows rows", path).isPositive();
			}
		}
		finally {
			page.setViewportSize(1280, 900);
		}
		checkAccessibleOnPhone(screenshot);
	}

}
