package ru.nko.platform.notifications;

/**
 * Where a queued e-mail stands: waiting (perhaps for a retry), delivered to the mail
 * server, or given up on.
 */
enum OutboxStatus {

	QUEUED, SENT, FAILED

}
