package ru.nko.platform.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.shared.ids.Kpp;
import ru.nko.platform.system.AccessDenied;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.InvalidInput.FieldError;
import ru.nko.platform.system.NotFound;
import ru.nko.platform.system.Role;

/**
 * Representatives (and administrators) keep their organisation's card up to date; nobody else may.
 * INN and OGRN identify the organisation and are not changed here.
 */
@Service
class OrganizationEditing {

	private static final String URL = "(?i)https?://[^\\s/$.?#][^\\s]*\\.[^\\s]+";

	private final OrganizationRepository organizations;

	private final DirectoryManagement directory;

	OrganizationEditing(OrganizationRepository organizations, DirectoryManagement directory) {
		this.organizations = organizations;
		this.directory = directory;
	}

	/** The form as people fill it: text as typed, checked on the server. */
	record Form(String name, String shortName, String legalForm, String kpp, String registrationDate, String address,
			Long municipalityId, String website, String publicEmail, String publicPhone, String headName, String headPosition,
			String description, String contactPerson, String contactEmail, String contactPhone, Set<ActivityArea> activityAreas,
			String vk, String telegram, String ok, Statuses statuses) {

		static Form of(OrganizationData data) {
			return new Form(data.name(), data.shortName(), data.legalForm(), data.kpp(),
					data.registrationDate() == null ? null : data.registrationDate().toString(), data.address(), data.municipalityId(),
					data.website(), data.publicEmail(), data.publicPhone(), data.headName(), data.headPosition(), data.description(),
					data.contactPerson(), data.contactEmail(), data.contactPhone(), data.activityAreas(), page(data, SocialNetwork.VK),
					page(data, SocialNetwork.TELEGRAM), page(data, SocialNetwork.ODNOKLASSNIKI),
					new Statuses(data.socialOriented(), date(data.socialOrientedSince()), data.iopu(), date(data.iopuSince()),
							data.resourceCenter(), data.supportParticipant()));
		}

		private static String date(LocalDate date) {
			return date == null ? null : date.toString();
		}

		private static String page(OrganizationData data, SocialNetwork network) {
			return data.socialPages().stream().filter(page -> page.network() == network).map(OrganizationData.SocialPageLink::url)
				.findFirst().orElse(null);
		}
	}

	/**
	 * Statuses from federal registers and the region's programmes: set by administrators only
	 * (null in a representative's form: they keep their values).
	 */
	record Statuses(boolean socialOriented, String socialOrientedSince, boolean iopu, String iopuSince, boolean resourceCenter,
			boolean supportParticipant) {
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
		List<FieldError> errors = new ArrayList<>();
		String name = text(form.name());
		if (name == null) {
			errors.add(new FieldError("name", "Укажите полное наименование организации"));
		}
		else if (name.length() > 500) {
			errors.add(new FieldError("name", "Наименование длиннее 500 знаков"));
		}
		String kpp = text(form.kpp());
		if (kpp != null) {
			Kpp.problem(kpp).ifPresent(problem -> errors.add(new FieldError("kpp", problem)));
		}
		LocalDate registered = null;
		if (text(form.registrationDate()) != null) {
			try {
				registered = LocalDate.parse(form.registrationDate().strip());
				if (registered.isAfter(LocalDate.now()) || registered.getYear() < 1900) {
					errors.add(new FieldError("registrationDate", "Дата регистрации не может быть в будущем или раньше 1900 года"));
				}
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError("registrationDate", "Укажите дату регистрации, например 12.03.2015"));
			}
		}
		if (form.municipalityId() == null || this.directory.municipality(form.municipalityId()).isEmpty()) {
			errors.add(new FieldError("municipalityId", "Выберите муниципальное образование"));
		}
		String email = text(form.publicEmail());
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add(new FieldError("publicEmail", "Укажите адрес электронной почты в виде name@example.ru"));
		}
		String contactEmail = text(form.contactEmail());
		if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add(new FieldError("contactEmail", "Укажите адрес электронной почты в виде name@example.ru"));
		}
		String website = url(form.website(), "website", errors);
		List<OrganizationData.SocialPageLink> pages = new ArrayList<>();
		String vk = url(form.vk(), "vk", errors);
		String telegram = url(form.telegram(), "telegram", errors);
		String ok = url(form.ok(), "ok", errors);
		if (vk != null) {
			pages.add(new OrganizationData.SocialPageLink(SocialNetwork.VK, vk));
		}
		if (telegram != null) {
			pages.add(new OrganizationData.SocialPageLink(SocialNetwork.TELEGRAM, telegram));
		}
		if (ok != null) {
			pages.add(new OrganizationData.SocialPageLink(SocialNetwork.ODNOKLASSNIKI, ok));
		}
		String description = text(form.description());
		if (description != null && description.length() > 5000) {
			errors.add(new FieldError("description", "Описание длиннее 5000 знаков — сократите его"));
		}
		OrganizationData current = DirectoryManagement.data(organization);
		boolean admin = CurrentUser.get().map(CurrentUser::isAdmin).orElse(false);
		Statuses statuses = admin && form.statuses() != null ? form.statuses()
				: new Statuses(current.socialOriented(), null, current.iopu(), null, current.resourceCenter(), current.supportParticipant());
		LocalDate socialSince = admin && form.statuses() != null ? date(statuses.socialOrientedSince(), "socialOrientedSince", errors)
				: current.socialOrientedSince();
		LocalDate iopuSince = admin && form.statuses() != null ? date(statuses.iopuSince(), "iopuSince", errors) : current.iopuSince();
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		organization.describe(new OrganizationData(name, text(form.shortName()), text(form.legalForm()), current.inn(), current.ogrn(),
				kpp == null ? null : Kpp.parse(kpp).value(), registered, text(form.address()), form.municipalityId(),
				statuses.socialOriented(), statuses.socialOriented() ? socialSince : null, statuses.iopu(),
				statuses.iopu() ? iopuSince : null, statuses.resourceCenter(), statuses.supportParticipant(), website, email, text(form.publicPhone()), text(form.headName()), text(form.headPosition()),
				description, text(form.contactPerson()), contactEmail, text(form.contactPhone()),
				form.activityAreas() == null ? Set.of() : form.activityAreas(), pages));
	}

	private static LocalDate date(String text, String field, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (!date.isAfter(LocalDate.now())) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		errors.add(new FieldError(field, "Укажите дату не позже сегодняшней, например 01.02.2020"));
		return null;
	}

	private Organization load(long id) {
		Organization organization = this.organizations.findById(id).filter(Organization::isActive)
			.orElseThrow(() -> new NotFound("Организация не найдена"));
		CurrentUser user = CurrentUser.get().orElseThrow();
		if (!user.actsFor(Role.NGO_REPRESENTATIVE, id)) {
			throw new AccessDenied("Изменять карточку организации могут её представители и администраторы");
		}
		return organization;
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String url(String value, String field, List<FieldError> errors) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		String url = text.matches("(?i)https?://.*") ? text : "https://" + text;
		if (!url.matches(URL) || url.length() > 300) {
			errors.add(new FieldError(field, "Укажите адрес страницы, например https://vk.com/название_группы"));
			return null;
		}
		return url;
	}
}
