package ru.nko.platform.officials;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityRef;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadInspector;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.NotFound;

/**
 * Who in each municipality answers for work with NGOs (measure 1.4): the public sees the
 * current one; the municipality's officers (and administrators) appoint, with the act;
 * appointments form a history.
 */
@Service
class ResponsibleOfficials {

	static final long MAX_ACT_BYTES = 10L * 1024 * 1024;

	private final OfficialRepository officials;

	private final DirectoryManagement directory;

	private final UploadInspector inspector;

	private final FileStorage storage;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ResponsibleOfficials(OfficialRepository officials, DirectoryManagement directory, UploadInspector inspector,
			FileStorage storage, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.officials = officials;
		this.directory = directory;
		this.inspector = inspector;
		this.storage = storage;
		this.clock = clock;
	}

	/** An appointment as pages show it. */
	record OfficialView(long id, long municipalityId, String fullName, String position, String email, String phone,
			String actNumber, LocalDate actDate, String actFileName, LocalDate validFrom, LocalDate validTo,
			String appointedBy, boolean current) {
	}

	/** A municipality with its current official (if any), for the public list. */
	record Row(MunicipalityRef municipality, OfficialView official) {
	}

	/** The appointment form, as typed. */
	record Form(String fullName, String position, String email, String phone, String actNumber, String actDate,
			String validFrom) {
	}

	@Transactional(readOnly = true)
	public List<Row> publicList() {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, ResponsibleOfficial> current = this.officials.findByValidToIsNullOrValidToGreaterThanEqual(today)
			.stream()
			.filter(official -> official.currentOn(today))
			.collect(Collectors.toMap(ResponsibleOfficial::getMunicipalityId, official -> official,
					(a, b) -> a.getValidFrom().isAfter(b.getValidFrom()) ? a : b));
		return this.directory.municipalities()
			.stream()
			.map(municipality -> new Row(municipality,
					Optional.ofNullable(current.get(municipality.id())).map(o -> view(o, today)).orElse(null)))
			.toList();
	}

	/**
	 * How many municipalities have a current official appointed by an act (the live value
	 * of 1.4).
	 */
	@Transactional(readOnly = true)
	public long municipalitiesWithCurrentOfficial() {
		return publicList().stream().filter(row -> row.official() != null).count();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<OfficialView> history(long municipalityId) {
		checkScope(municipalityId);
		LocalDate today = LocalDate.now(this.clock);
		return this.officials.findByMunicipalityIdOrderByValidFromDescIdDesc(municipalityId)
			.stream()
			.map(o -> view(o, today))
			.toList();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public long appoint(long municipalityId, Form form, String actFileName, byte[] act) {
		CurrentUser user = checkScope(municipalityId);
		InvalidInput.Errors errors = new InvalidInput.Errors();
		String fullName = errors.required(form.fullName(), "fullName", "Фамилия, имя, отчество",
				"Укажите фамилию, имя и отчество ответственного", ResponsibleOfficial.FULL_NAME_MAX);
		String position = errors.required(form.position(), "position", "Должность", "Укажите должность ответственного",
				ResponsibleOfficial.POSITION_MAX);
		String actNumber = errors.required(form.actNumber(), "actNumber", "Номер акта о назначении",
				"Укажите номер акта о назначении", ResponsibleOfficial.ACT_NUMBER_MAX);
		String email = errors.optional(form.email(), "email", "Электронная почта", ResponsibleOfficial.EMAIL_MAX);
		if (email != null && email.length() <= ResponsibleOfficial.EMAIL_MAX
				&& !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add("email", "Укажите адрес электронной почты в виде name@example.ru");
		}
		String phone = errors.optional(form.phone(), "phone", "Телефон", ResponsibleOfficial.PHONE_MAX);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate actDate = errors.date(form.actDate(), "actDate", "Укажите дату акта о назначении", "01.09.2023");
		LocalDate validFrom = errors.date(form.validFrom(), "validFrom", "Укажите, с какого дня действует назначение",
				"01.09.2023");
		if (actDate != null && actDate.isAfter(today)) {
			errors.add("actDate", "Дата акта не может быть позже сегодняшней");
		}
		if (actDate != null && validFrom != null && validFrom.isBefore(actDate)) {
			errors.add("validFrom", "Назначение не может действовать раньше даты акта");
		}
		List<ResponsibleOfficial> previous = this.officials
			.findByMunicipalityIdOrderByValidFromDescIdDesc(municipalityId);
		if (validFrom != null && !previous.isEmpty() && !validFrom.isAfter(previous.get(0).getValidFrom())) {
			errors.add("validFrom", "Новое назначение должно начинаться позже действующего (с "
					+ previous.get(0).getValidFrom().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ")");
		}
		UploadInspector.Inspected inspected = null;
		if (act == null || act.length == 0) {
			errors.add("act", "Приложите скан или файл акта о назначении");
		}
		else {
			try {
				inspected = this.inspector.inspect(actFileName, act, UploadInspector.EVIDENCE_TYPES, MAX_ACT_BYTES);
			}
			catch (UploadInspector.RejectedUpload rejected) {
				errors.add("act", rejected.getMessage());
			}
		}
		errors.throwIfAny();
		previous.stream()
			.filter(official -> official.getValidTo() == null || !official.getValidTo().isBefore(validFrom))
			.forEach(official -> official.endBefore(validFrom));
		String key = this.storage.store("acts", act);
		this.events.publishEvent(OfficialIndicatorProviders.CHANGED);
		return this.officials
			.save(new ResponsibleOfficial(municipalityId, fullName, position, email, phone, actNumber, actDate,
					inspected.fileName(), inspected.contentType(), inspected.size(), key, validFrom, user.fullName(),
					this.clock.instant()))
			.getId();
	}

	/** The act file: public, as the appointment itself is public. */
	@Transactional(readOnly = true)
	public Act act(long officialId) {
		ResponsibleOfficial official = this.officials.findById(officialId)
			.orElseThrow(() -> new NotFound("Назначение не найдено"));
		return new Act(official.getActFileName(), official.getActFileType(),
				this.storage.read(official.getActFileKey()));
	}

	/** A file to send back. */
	record Act(String fileName, String contentType, byte[] content) {
	}

	private CurrentUser checkScope(long municipalityId) {
		this.directory.municipality(municipalityId)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено"));
		return OfficialAccess.checkAppoint(municipalityId);
	}

	private static OfficialView view(ResponsibleOfficial o, LocalDate today) {
		return new OfficialView(o.getId(), o.getMunicipalityId(), o.getFullName(), o.getPosition(), o.getEmail(),
				o.getPhone(), o.getActNumber(), o.getActDate(), o.getActFileName(), o.getValidFrom(), o.getValidTo(),
				o.getAppointedBy(), o.currentOn(today));
	}

}
