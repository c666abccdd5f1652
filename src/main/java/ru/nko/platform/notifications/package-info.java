/**
 * E-mail to users and organisations: messages are queued in an outbox inside the sender's transaction and
 * delivered by a scheduled job, so a failing mail server never loses a message nor fails a business action.
 * Uses {@code system} and {@code shared}.
 * <p>
 * Other modules call {@link ru.nko.platform.notifications.Notifications#queue(ru.nko.platform.notifications.Mail)}
 * inside their own transaction: one outbox row per valid recipient, none if the transaction rolls back, none twice
 * for a recipient and a {@code topic} (such as {@code "meeting-42-reminder"}). Attachments (an invitation's
 * {@code .ics}) travel with the message, at most 5 MB together.
 * <p>
 * Every 30 seconds ({@code nko.mail.interval}) one node (ShedLock) sends the due messages through Spring's
 * {@code JavaMailSender}, each in a transaction of its own. A failed attempt is retried after 1, 5, 30 minutes,
 * 2 and 6 hours ({@code nko.mail.retry-delays}); after 6 attempts the message is FAILED and the regional
 * administrator may send it again from {@code /admin/outbox}, which also lists, filters and counts the messages.
 * Without {@code spring.mail.host} nothing is sent and the messages wait. Recipients' addresses are personal data:
 * only administrators see them. Configuration: {@code docs/mail.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Уведомления")
package ru.nko.platform.notifications;
