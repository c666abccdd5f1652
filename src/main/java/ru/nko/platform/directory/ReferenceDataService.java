package ru.nko.platform.directory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * The administrator's editing of municipalities and bodies: checked input, history kept
 * by Envers, nothing ever deleted (a record that no longer applies is marked "не
 * действует").
 */
@Service
@PreAuthorize("hasRole('REGIONAL_ADMIN')")
@Transactional
class ReferenceDataService {

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private static final Pattern OKTMO = Pattern.compile("\\d{8}|\\d{11}");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	private final MunicipalityRepository municipalities;

	private final BodyRepository bodies;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	ReferenceDataService(MunicipalityRepository municipalities, BodyRepository bodies, MessageSource messages,
			ApplicationEventPublisher events) {
		this.events = events;
		this.municipalities = municipalities;
		this.bodies = bodies;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	List<MunicipalityView> municipalities() {
		return this.municipalities.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map(ReferenceDataService::view)
			.toList();
	}

	@Transactional(readOnly = true)
	MunicipalityView municipality(long id) {
		return view(loadMunicipality(id));
	}

	/** Adds a municipality at the end of the list; returns its id. */
	long createMunicipality(MunicipalityForm form) {
		MunicipalityForm clean = check(form, null);
		int position = this.municipalities.findAll().stream().mapToInt(Municipality::getPosition).max().orElse(0) + 1;
		Municipality municipality = new Municipality(clean.name(), clean.kind(), clean.oktmo(), position);
		municipality.update(clean.name(), clean.kind(), clean.oktmo(), clean.active());
		long id = this.municipalities.save(municipality).getId();
		this.events.publishEvent(new MunicipalityChanged(id));
		return id;
	}

	/**
	 * Saves the form over the municipality, unless someone else changed it since
	 * {@code version} was read.
	 */
	void updateMunicipality(long id, long version, MunicipalityForm form) {
		Municipality municipality = loadMunicipality(id);
		if (municipality.getVersion() != version) {
			throw new InvalidInput(null, text("directory.error.stale"));
		}
		MunicipalityForm clean = check(form, municipality.getId());
		municipality.update(clean.name(), clean.kind(), clean.oktmo(), clean.active());
		this.events.publishEvent(new MunicipalityChanged(id));
	}

	@Transactional(readOnly = true)
	List<BodyView> bodies() {
		return this.bodies.findAllByOrderByNameAsc().stream().map(ReferenceDataService::view).toList();
	}

	@Transactional(readOnly = true)
	BodyView body(long id) {
		return view(loadBody(id));
	}

	/** Adds a body; returns its id. */
	long createBody(BodyForm form) {
		BodyForm clean = check(form, null);
		Body body = new Body(clean.name(), clean.shortName(), clean.kind());
		body.update(clean.name(), clean.shortName(), clean.kind(), clean.active());
		return this.bodies.save(body).getId();
	}

	/**
	 * Saves the form over the body, unless someone else changed it since {@code version}
	 * was read; a renamed body keeps its old name as an alias, so older roadmap tables
	 * still match it.
	 */
	void updateBody(long id, long version, BodyForm form) {
		Body body = loadBody(id);
		if (body.getVersion() != version) {
			throw new InvalidInput(null, text("directory.error.stale"));
		}
		BodyForm clean = check(form, body.getId());
		body.update(clean.name(), clean.shortName(), clean.kind(), clean.active());
	}

	private MunicipalityForm check(MunicipalityForm form, Long self) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String name = errors.required(form.name(), "name", text("municipality.field.name"),
				text("municipality.error.name"), 200);
		if (name != null && name.length() <= 200
				&& this.municipalities.findByName(name).filter(other -> !other.getId().equals(self)).isPresent()) {
			errors.add("name", text("municipality.error.duplicate", name));
		}
		if (form.kind() == null) {
			errors.add("kind", text("municipality.error.kind"));
		}
		String oktmo = form.oktmo() == null ? null : SPACES.matcher(form.oktmo()).replaceAll("");
		if (oktmo != null && oktmo.isEmpty()) {
			oktmo = null;
		}
		if (oktmo != null && !OKTMO.matcher(oktmo).matches()) {
			errors.add("oktmo", text("municipality.error.oktmo"));
		}
		errors.throwIfAny();
		return new MunicipalityForm(name, form.kind(), oktmo, form.active());
	}

	private BodyForm check(BodyForm form, Long self) {
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String name = trimmed(form.name());
		if (name == null || BodyNames.normalizeName(name).isEmpty()) {
			errors.add("name", text("body.error.name"));
		}
		else if (errors.optional(name, "name", text("body.field.name"), BodyRef.NAME_MAX)
			.length() <= BodyRef.NAME_MAX) {
			this.bodies.findByNormalizedNameOrAlias(BodyNames.normalizeName(name))
				.stream()
				.filter(other -> !other.getId().equals(self))
				.findFirst()
				.ifPresent(other -> errors.add("name", text("body.error.duplicate", other.getName())));
		}
		String shortName = errors.optional(form.shortName(), "shortName", text("body.field.shortName"), 100);
		if (form.kind() == null) {
			errors.add("kind", text("body.error.kind"));
		}
		errors.throwIfAny();
		return new BodyForm(name, shortName, form.kind(), form.active());
	}

	private Municipality loadMunicipality(long id) {
		return this.municipalities.findById(id).orElseThrow(() -> new NotFound(text("municipality.notFound")));
	}

	private Body loadBody(long id) {
		return this.bodies.findById(id).orElseThrow(() -> new NotFound(text("body.notFound")));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, RU);
	}

	private static String trimmed(String value) {
		if (value == null) {
			return null;
		}
		String text = SPACES.matcher(value).replaceAll(" ").trim();
		return text.isEmpty() ? null : text;
	}

	private static MunicipalityView view(Municipality m) {
		return new MunicipalityView(m.getId(), m.getName(), m.getKind(), m.getOktmo(), m.isActive(), m.getVersion());
	}

	private static BodyView view(Body b) {
		return new BodyView(b.getId(), b.getName(), b.getShortName(), b.getKind(), b.isActive(),
				b.getAliases().stream().sorted().toList(), b.getVersion());
	}

	/** A municipality as the pages show it. */
	record MunicipalityView(long id, String name, MunicipalityKind kind, String oktmo, boolean active, long version) {
	}

	/** What the administrator types for a municipality. */
	record MunicipalityForm(String name, MunicipalityKind kind, String oktmo, boolean active) {
	}

	/**
	 * A body as the pages show it, with the other spellings under which roadmaps name it.
	 */
	record BodyView(long id, String name, String shortName, BodyKind kind, boolean active, List<String> aliases,
			long version) {
	}

	/** What the administrator types for a body. */
	record BodyForm(String name, String shortName, BodyKind kind, boolean active) {
	}

}
