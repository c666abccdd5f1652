package ru.nko.platform.openness;

/** What an organisation publishes to show its openness. */
enum DocumentKind {

	CHARTER, ANNUAL_REPORT, MINJUST_REPORT, FINANCIAL_REPORT, PROJECTS, OTHER

}
