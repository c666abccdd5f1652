package ru.nko.platform.openness;

/** How a criterion is checked against an organisation's data and documents. */
enum CheckKind {

	/**
	 * A field of the organisation's card is filled (target: PUBLIC_CONTACTS, HEAD_NAME,
	 * DESCRIPTION, ADDRESS).
	 */
	FIELD_FILLED,
	/** A link is given (target: WEBSITE, SOCIAL_PAGE, WEBSITE_OR_SOCIAL). */
	LINK_GIVEN,
	/** A document of a kind is published, any year (target: a {@link DocumentKind}). */
	DOCUMENT_PUBLISHED,
	/**
	 * A report of a kind for the last year (or this one) is published (target: a
	 * {@link DocumentKind}).
	 */
	REPORT_FOR_LAST_YEAR

}
