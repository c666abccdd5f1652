package ru.nko.platform.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.ids.Kpp;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * Representatives (and administrators) keep their organisation's card up to date; nobody
 * else may. INN and OGRN identify the organisation and are not changed here.
 */
@Service
class OrganizationEditing {

	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private static final Locale RU = Locale.forLanguageTag("ru-RU");

	private final OrganizationRepository organizations;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrganizationEditing(OrganizationRepository organizations, DirectoryManagement directory, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.events = events;
		this.organizations = organizations;
		this.directory = directory;
		this.messages = messages;
	}

	/** The form as people fill it: text as typed, checked on the server. */
	record Form(String name, String shortName, String legalForm, String kpp, String registrationDate, String address,
			Long municipalityId, String website, String publicEmail, String publicPhone, String headName,
			String headPosition, String description, String contactPerson, String contactEmail, String contactPhone,
			Set<ActivityArea> activityAreas, String vk, String telegram, String ok, Statuses statuses) {

		static Form of(OrganizationData data) {
			return new Form(data.name(), data.shortName(), data.legalForm(), data.kpp(),
					data.registrationDate() == null ? null : data.registrationDate().toString(), data.address(),
					data.municipalityId(), data.website(), data.publicEmail(), data.publicPhone(), data.headName(),
					data.headPosition(), data.description(), data.contactPerson(), data.contactEmail(),
					data.contactPhone(), data.activityAreas(), page(data, SocialNetwork.VK),
					page(data, SocialNetwork.TELEGRAM), page(data, SocialNetwork.ODNOKLASSNIKI),
					new Statuses(data.socialOriented(), date(data.socialOrientedSince()), data.iopu(),
							date(data.iopuSince()), data.resourceCenter(), data.supportParticipant()));
		}

		private static String date(LocalDate date) {
			return date == null ? null : date.toString();
		}

		private static String page(OrganizationData data, SocialNetwork network) {
			return data.socialPages()
				.stream()
				.filter(page -> page.network() == network)
				.map(OrganizationData.SocialPageLink::url)
				.findFirst()
				.orElse(null);
		}
	}

	/**
	 * Statuses from federal registers and the region's programmes: set by administrators
	 * only (null in a representative's form: they keep their values).
	 */
	record Statuses(boolean socialOriented, String socialOrientedSince, boolean iopu, String iopuSince,
			boolean resourceCenter, boolean supportParticipant) {
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public OrganizationData editable(long id) {
		return DirectoryManagement.data(load(id));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void update(long id, Form form) {
		Organization organization = load(id);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String name = errors.required(form.name(), "name", label("name"), "Укажите полное наименование организации",
				OrganizationData.NAME_MAX);
		String shortName = errors.optional(form.shortName(), "shortName", label("shortName"),
				OrganizationData.SHORT_NAME_MAX);
		String legalForm = errors.optional(form.legalForm(), "legalForm", label("legalForm"),
				OrganizationData.LEGAL_FORM_MAX);
		String kpp = errors.optional(form.kpp(), "kpp", label("kpp"), 9);
		if (kpp != null && kpp.length() <= 9) {
			Kpp.problem(kpp).ifPresent(problem -> errors.add("kpp", problem));
		}
		LocalDate registered = null;
		if (form.registrationDate() != null && !form.registrationDate().isBlank()) {
			try {
				registered = LocalDate.parse(form.registrationDate().strip());
				if (registered.isAfter(LocalDate.now(this.clock)) || registered.getYear() < 1900) {
					errors.add("registrationDate", "Дата регистрации не может быть в будущем или раньше 1900 года");
				}
			}
			catch (DateTimeParseException ex) {
				errors.add("registrationDate", "Укажите дату регистрации, например 12.03.2015");
			}
		}
		String address = errors.optional(form.address(), "address", label("address"), OrganizationData.ADDRESS_MAX);
		if (form.municipalityId() == null || this.directory.municipality(form.municipalityId()).isEmpty()) {
			errors.add("municipalityId", "Выберите муниципальное образование");
		}
		String website = errors.webAddress(form.website(), "website", label("website"),
				"Укажите адрес страницы, например https://dobrye-sosedi.ru", OrganizationData.LINK_MAX);
		List<OrganizationData.SocialPageLink> pages = new ArrayList<>();
		page(errors, form.vk(), "vk", SocialNetwork.VK, pages);
		page(errors, form.telegram(), "telegram", SocialNetwork.TELEGRAM, pages);
		page(errors, form.ok(), "ok", SocialNetwork.ODNOKLASSNIKI, pages);
		String email = email(errors, form.publicEmail(), "publicEmail");
		String phone = errors.optional(form.publicPhone(), "publicPhone", label("publicPhone"),
				OrganizationData.PHONE_MAX);
		String headName = errors.optional(form.headName(), "headName", label("headName"), OrganizationData.PERSON_MAX);
		String headPosition = errors.optional(form.headPosition(), "headPosition", label("headPosition"),
				OrganizationData.PERSON_MAX);
		String description = errors.optional(form.description(), "description", label("description"),
				OrganizationData.DESCRIPTION_MAX);
		String contactPerson = errors.optional(form.contactPerson(), "contactPerson", label("contactPerson"),
				OrganizationData.PERSON_MAX);
		String contactEmail = email(errors, form.contactEmail(), "contactEmail");
		String contactPhone = errors.optional(form.contactPhone(), "contactPhone", label("contactPhone"),
				OrganizationData.PHONE_MAX);
		OrganizationData current = DirectoryManagement.data(organization);
		boolean admin = OrganizationAccess.maySetStatuses();
		Statuses statuses = admin && form.statuses() != null ? form.statuses() : new Statuses(current.socialOriented(),
				null, current.iopu(), null, current.resourceCenter(), current.supportParticipant());
		LocalDate socialSince = admin && form.statuses() != null
				? date(statuses.socialOrientedSince(), "socialOrientedSince", errors) : current.socialOrientedSince();
		LocalDate iopuSince = admin && form.statuses() != null ? date(statuses.iopuSince(), "iopuSince", errors)
				: current.iopuSince();
		errors.throwIfAny();
		organization.describe(new OrganizationData(name, shortName, legalForm, current.inn(), current.ogrn(),
				kpp == null ? null : Kpp.parse(kpp).value(), registered, address, form.municipalityId(),
				statuses.socialOriented(), statuses.socialOriented() ? socialSince : null, statuses.iopu(),
				statuses.iopu() ? iopuSince : null, statuses.resourceCenter(), statuses.supportParticipant(), website,
				email, phone, headName, headPosition, description, contactPerson, contactEmail, contactPhone,
				form.activityAreas() == null ? Set.of() : form.activityAreas(), pages));
		this.events.publishEvent(new OrganizationsChanged(Set.of(id)));
	}

	private void page(InvalidInput.Errors errors, String value, String field, SocialNetwork network,
			List<OrganizationData.SocialPageLink> pages) {
		String url = errors.webAddress(value, field, label(field),
				"Укажите адрес страницы, например https://vk.com/название_группы", OrganizationData.LINK_MAX);
		if (url != null) {
			pages.add(new OrganizationData.SocialPageLink(network, url));
		}
	}

	private String email(InvalidInput.Errors errors, String value, String field) {
		String email = errors.optional(value, field, label(field), OrganizationData.EMAIL_MAX);
		if (email != null && !email.matches(EMAIL)) {
			errors.add(field, "Укажите адрес электронной почты в виде name@example.ru");
		}
		return email;
	}

	/** The field's name as the card's form shows it. */
	private String label(String field) {
		return this.messages.getMessage("orgedit." + field, null, field, RU);
	}

	private LocalDate date(String text, String field, InvalidInput.Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (!date.isAfter(LocalDate.now(this.clock))) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		errors.add(field, "Укажите дату не позже сегодняшней, например 01.02.2020");
		return null;
	}

	private Organization load(long id) {
		Organization organization = this.organizations.findById(id)
			.filter(Organization::isActive)
			.orElseThrow(() -> new NotFound("Организация не найдена"));
		OrganizationAccess.checkMayEdit(id);
		return organization;
	}

}
