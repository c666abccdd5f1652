/**
 * E-mail to users and organisations through an outbox filled inside the sender's
 * transaction and delivered by a scheduled job with retries, watched by the administrator
 * (how to configure it: {@code docs/mail.md}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Уведомления",
		allowedDependencies = { "system", "shared :: *" })
package ru.nko.platform.notifications;
