package ru.nko.platform.system;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.text.RussianFormat;
import ru.nko.platform.system.audit.Revision;

/**
 * The history of an audited entity as people read it: who changed what and when, with old
 * and new values of the fields the caller names (in the caller's words); and the revision
 * for changes written with SQL rather than through entities.
 */
@Service
public class AuditHistory {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final EntityManager entityManager;

	private final MessageSource messages;

	private final RussianFormat format;

	AuditHistory(EntityManager entityManager, MessageSource messages, RussianFormat format) {
		this.entityManager = entityManager;
		this.messages = messages;
		this.format = format;
	}

	/**
	 * The revision the current transaction's changes are recorded under, created now if
	 * there is none yet (stamped with the user, as every revision is) and written to the
	 * database: for a bulk change written with SQL, whose writer adds the audit rows
	 * itself (revision type 0 added, 1 changed, 2 removed), so that its history reads as
	 * if the entities had been saved one by one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long currentRevision() {
		Revision revision = AuditReaderFactory.get(this.entityManager).getCurrentRevision(Revision.class, true);
		this.entityManager.flush();
		return revision.getId();
	}

	/**
	 * Newest first, with each field labelled from the bundle: {@code labelPrefix + field}
	 * (e.g. {@code plan.field.title}); fields in display order.
	 */
	@Transactional(readOnly = true)
	public List<Entry> history(Class<?> type, Object id, String labelPrefix, List<String> fields) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : fields) {
			labels.put(field,
					this.messages.getMessage(labelPrefix + field, null, field, Locale.forLanguageTag("ru-RU")));
		}
		return history(type, id, labels);
	}

	/**
	 * Newest first. {@code fieldLabels} maps a field name of the entity to its Russian
	 * label, in display order; only those fields are compared.
	 */
	@Transactional(readOnly = true)
	public List<Entry> history(Class<?> type, Object id, Map<String, String> fieldLabels) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Entry> entries = new ArrayList<>();
		Object previous = null;
		for (Object[] row : rows) {
			Object snapshot = row[0];
			Revision revision = (Revision) row[1];
			RevisionType kind = (RevisionType) row[2];
			List<Change> changes = new ArrayList<>();
			for (Map.Entry<String, String> field : fieldLabels.entrySet()) {
				Object before = previous == null ? null : read(previous, field.getKey());
				Object after = kind == RevisionType.DEL ? null : read(snapshot, field.getKey());
				if (!Objects.equals(text(before), text(after))) {
					changes.add(new Change(field.getValue(), text(before), text(after)));
				}
			}
			entries.add(new Entry(Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(), kind.name(),
					changes));
			previous = snapshot;
		}
		Collections.reverse(entries);
		return entries;
	}

	private static Object read(Object entity, String fieldName) {
		if (entity == null) {
			return null;
		}
		Class<?> type = entity.getClass();
		while (type != null) {
			try {
				Field field = type.getDeclaredField(fieldName);
				field.setAccessible(true);
				return field.get(entity);
			}
			catch (NoSuchFieldException ex) {
				type = type.getSuperclass();
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalArgumentException("Нет поля " + fieldName);
	}

	private String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean flag) {
			return this.messages.getMessage(flag ? "value.yes" : "value.no", null, Locale.forLanguageTag("ru-RU"));
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).sorted().reduce((a, b) -> a + "; " + b).orElse("");
		}
		if (value instanceof LocalDate date) {
			return this.format.date(date);
		}
		if (value instanceof Instant instant) {
			return this.format.dateTime(instant);
		}
		if (value instanceof Enum<?> constant) {
			// "enum.ActionPlan.Status.APPROVED" in a bundle names the value in Russian;
			// without one the constant shows as is
			String type = constant.getDeclaringClass().getName();
			String key = "enum." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + constant.name();
			return this.messages.getMessage(key, null, constant.name(), RU);
		}
		return value.toString();
	}

	/** One revision: when, who, what kind (ADD, MOD, DEL) and which fields changed. */
	public record Entry(Instant at, String username, String kind, List<Change> changes) {
	}

	/** One changed field with its old and new value as text. */
	public record Change(String field, String before, String after) {
	}

}
