package ru.nko.platform.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.decisions.DecisionForm;
import ru.nko.platform.decisions.DecisionStatus;
import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.directory.MunicipalityFilter;
import ru.nko.platform.registrations.Participation.InvitationView;
import ru.nko.platform.registrations.RegistrationForm;
import ru.nko.platform.registrations.RegistrationManagement;
import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadedFile;
import ru.nko.platform.shared.time.Quarter;
import ru.nko.platform.system.CurrentUser;
import ru.nko.platform.system.Forms;
import ru.nko.platform.system.InvalidInput;
import ru.nko.platform.system.ListFilters;

/**
 * Meeting pages: the list, a municipality's year of meetings by quarter (with the plan's
 * agreement), the planning form, the meeting's card with every step of its life, and the
 * iCalendar files. Every form is a plain POST that redirects back with a notice, or shows
 * the page again with the errors.
 */
@Controller
class MeetingsController {

	static final int PAGE_SIZE = 20;

	private final MeetingPlanning planning;

	private final MeetingParticipation participation;

	private final MeetingRecords records;

	private final MeetingQueries queries;

	private final Meetings meetings;

	private final FileStorage storage;

	private final Clock clock;

	private final DirectoryManagement directory;

	MeetingsController(MeetingPlanning planning, MeetingParticipation participation, MeetingRecords records,
			MeetingQueries queries, Meetings meetings, FileStorage storage, Clock clock,
			DirectoryManagement directory) {
		this.planning = planning;
		this.participation = participation;
		this.records = records;
		this.queries = queries;
		this.meetings = meetings;
		this.storage = storage;
		this.clock = clock;
		this.directory = directory;
	}

	// ---------------------------------------------------------------- list and year

	@GetMapping("/meetings")
	String list(ListQuery query, @RequestParam(defaultValue = "1") int page, Model model) {
		MunicipalityFilter place = this.directory.municipalityFilter(query.municipality());
		MeetingQueries.Filter filter = query.filter(place.selectedId());
		Page<MeetingRow> result = this.queries.search(filter, ListFilters.page(page, PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("page", result);
		model.addAttribute("rows", result.getContent());
		model.addAttribute("capped", result.getTotalElements() > ListFilters.COUNT_CAP);
		model.addAttribute("place", place);
		model.addAttribute("placeUrl", ListFilters.currentWithout("page", "municipality"));
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("sorts", MeetingQueries.Sort.values());
		model.addAttribute("quarters", quarterChoices());
		model.addAttribute("pageUrl", ListFilters.currentWithoutPage());
		CurrentUser user = MeetingAccess.user().orElse(null);
		model.addAttribute("representative", !MeetingAccess.organizations(user).isEmpty());
		model.addAttribute("canPlan", MeetingAccess.canPlanAnything(user));
		return "meetings/meetings";
	}

	/**
	 * The list's filters as the address gives them; a value that cannot be read is
	 * ignored.
	 */
	record ListQuery(String municipality, String type, String status, String from, String to, String quarter,
			String sort, Boolean mine) {

		MeetingQueries.Filter filter(Long municipalityId) {
			return new MeetingQueries.Filter(municipalityId, ListFilters.option(MeetingType.class, this.type),
					ListFilters.option(MeetingStatus.class, this.status), ListFilters.date(this.from),
					ListFilters.date(this.to), Quarter.parse(this.quarter).map(Quarter::code).orElse(null),
					ListFilters.option(MeetingQueries.Sort.class, this.sort), Boolean.TRUE.equals(this.mine));
		}
	}

	/** The quarters of last year, this year and next year, for the filter. */
	private List<String[]> quarterChoices() {
		int year = LocalDate.now(this.clock).getYear();
		List<String[]> choices = new ArrayList<>();
		for (Quarter q = new Quarter(year + 1, 4); q.year() >= year - 2; q = q.previous()) {
			choices.add(new String[] { q.code(), q.roman(), String.valueOf(q.year()) });
		}
		return choices;
	}

	// ---------------------------------------------------------------- planning

	@GetMapping("/meetings/new")
	String newMeeting(@RequestParam(required = false) String municipality, @RequestParam(required = false) String type,
			@RequestParam(required = false) String quarter, Model model) {
		MeetingPlanning.PlanningChoices choices = this.planning.planningChoices();
		String municipalityId = municipality != null ? municipality
				: choices.municipalities().size() == 1 ? String.valueOf(choices.municipalities().get(0).id()) : "";
		String chosenType = type != null ? type : choices.types().isEmpty() ? "" : choices.types().get(0).name();
		String date = "";
		Optional<Quarter> q = Quarter.parse(quarter);
		if (q.isPresent()) {
			LocalDate today = LocalDate.now(this.clock);
			LocalDate day = q.get().firstDay().isAfter(today) ? q.get().firstDay().plusDays(14) : today.plusDays(14);
			date = (day.isAfter(q.get().lastDay()) ? q.get().lastDay() : day).toString();
		}
		return renderNew(new MeetingPlanning.MeetingForm(municipalityId, chosenType, "", date, "15:00", "17:00", "", "",
				"", "NONE", "", ""), choices, model);
	}

	private String renderNew(MeetingPlanning.MeetingForm form, MeetingPlanning.PlanningChoices choices, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("choices", choices);
		model.addAttribute("maxSeries", MeetingSeries.MAX_MEETINGS);
		return "meetings/meeting-new";
	}

	@PostMapping("/meetings")
	String plan(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		MeetingPlanning.MeetingForm form = form(params);
		return Forms.submit(model, redirect, () -> {
			List<Long> ids = this.planning.plan(form);
			redirect.addFlashAttribute("notice", ids.size() == 1 ? "meeting.planned" : "meeting.seriesPlanned");
			return "/meetings/" + ids.get(0);
		}, null, () -> renderNew(form, this.planning.planningChoices(), model));
	}

	private static MeetingPlanning.MeetingForm form(Map<String, String> p) {
		return new MeetingPlanning.MeetingForm(p.get("municipalityId"), p.get("type"), p.get("title"), p.get("date"),
				p.get("startTime"), p.get("endTime"), p.get("place"), p.get("onlineLink"), p.get("agenda"),
				p.get("repeat"), p.get("repeatCount"), p.get("repeatUntil"));
	}

	@GetMapping("/meetings/{id:\\d+}/edit")
	String edit(@PathVariable long id, Model model) {
		this.planning.requireManager(id);
		MeetingQueries.MeetingView m = this.queries.meeting(id);
		var start = m.startsAt().atZone(this.clock.getZone());
		var end = m.endsAt().atZone(this.clock.getZone());
		return renderEdit(m,
				new MeetingPlanning.MeetingForm("", m.type().name(), m.title(), start.toLocalDate().toString(),
						start.toLocalTime().toString(), end.toLocalTime().toString(), nz(m.place()), nz(m.onlineLink()),
						"", "NONE", "", ""),
				model);
	}

	private String renderEdit(MeetingQueries.MeetingView meeting, MeetingPlanning.MeetingForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("types",
				Arrays.stream(MeetingType.values()).filter(t -> t.regional() == meeting.type().regional()).toList());
		return "meetings/meeting-edit";
	}

	@PostMapping("/meetings/{id:\\d+}/edit")
	String reschedule(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		MeetingPlanning.MeetingForm form = form(params);
		return Forms.submit(model, redirect, () -> this.planning.reschedule(id, form), "meeting.changed",
				"/meetings/" + id, () -> renderEdit(this.queries.meeting(id), form, model));
	}

	// ---------------------------------------------------------------- the card

	@GetMapping("/meetings/{id:\\d+}")
	String card(@PathVariable long id, @RequestParam(required = false) String inviteFrom, Model model) {
		return renderCard(id, ListFilters.id(inviteFrom), Map.of(), model);
	}

	private String renderCard(long id, Long inviteFrom, Map<String, String> values, Model model) {
		MeetingQueries.Card card = this.queries.card(id, inviteFrom);
		model.addAttribute("card", card);
		if (card.canManage() && card.meeting().status() == MeetingStatus.PLANNED && !card.invitations().isEmpty()) {
			// the organisers see whom the invitation e-mail cannot reach
			model.addAttribute("invitedWithoutAddress",
					withoutAddress(card.invitations().stream().map(InvitationView::organizationId).toList()));
		}
		model.addAttribute("v", values);
		model.addAttribute("municipalities", this.queries.municipalities());
		model.addAttribute("maxParticipants", RegistrationManagement.MAX_PARTICIPANTS);
		model.addAttribute("today", LocalDate.now(this.clock));
		return "meetings/meeting";
	}

	/**
	 * The card again, with the errors of the form in {@code section} and its values as
	 * typed.
	 */
	private Supplier<String> again(long id, String section, Map<String, String> values, Model model) {
		return () -> {
			model.addAttribute("failedForm", section);
			return renderCard(id, null, values, model);
		};
	}

	@PostMapping("/meetings/{id:\\d+}/agenda")
	String addAgendaItem(@PathVariable long id, @RequestParam Map<String, String> p, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect,
				() -> this.planning.addAgendaItem(id, p.get("agendaTitle"), p.get("agendaSpeaker")),
				"meeting.agendaAdded", "/meetings/" + id + "#agenda", again(id, "agenda", p, model));
	}

	@PostMapping("/meetings/{id:\\d+}/agenda/{item}/withdraw")
	String withdrawAgendaItem(@PathVariable long id, @PathVariable long item, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.planning.withdrawAgendaItem(id, item), "meeting.agendaRemoved",
				"/meetings/" + id + "#agenda", again(id, "agenda", Map.of(), model));
	}

	@PostMapping("/meetings/{id:\\d+}/agenda/{item}/up")
	String moveAgendaItemUp(@PathVariable long id, @PathVariable long item, Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.planning.moveAgendaItemUp(id, item), "meeting.agendaMoved",
				"/meetings/" + id + "#agenda", again(id, "agenda", Map.of(), model));
	}

	@PostMapping("/meetings/{id:\\d+}/invitations")
	String invite(@PathVariable long id, @RequestParam(name = "invite", required = false) List<Long> organizations,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect,
				() -> this.participation.invite(id, organizations == null ? List.of() : organizations),
				"meeting.invited", "/meetings/" + id + "#invitations", again(id, "invitations", Map.of(), model));
	}

	@PostMapping("/meetings/{id:\\d+}/invitations/{invitation}/withdraw")
	String withdrawInvitation(@PathVariable long id, @PathVariable long invitation, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.participation.withdrawInvitation(id, invitation),
				"meeting.invitationWithdrawn", "/meetings/" + id + "#invitations",
				again(id, "invitations", Map.of(), model));
	}

	@PostMapping("/meetings/{id:\\d+}/registrations")
	String register(@PathVariable long id, @RequestParam Map<String, String> p, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect,
				() -> this.participation.register(id,
						new RegistrationForm(p.get("organizationId"), p.get("participants"),
								p.get("participantNames"))),
				"meeting.registered", "/meetings/" + id + "#registration", again(id, "registration", p, model));
	}

	@PostMapping("/meetings/{id:\\d+}/registrations/{registration}/withdraw")
	String withdrawRegistration(@PathVariable long id, @PathVariable long registration, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.participation.withdrawRegistration(id, registration),
				"meeting.registrationWithdrawn", "/meetings/" + id + "#registration",
				again(id, "registration", Map.of(), model));
	}

	@PostMapping("/meetings/{id:\\d+}/attendance")
	String attendance(@PathVariable long id, @RequestParam(name = "attended", required = false) List<Long> attended,
			@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> {
			Map<Long, Integer> counts = new LinkedHashMap<>();
			for (Long organization : attended == null ? List.<Long>of() : attended) {
				counts.put(organization, number(p.get("count-" + organization), 1, "attendance"));
			}
			this.participation.recordAttendance(id, counts, number(p.get("otherParticipants"), 0, "otherParticipants"));
		}, "meeting.attendanceRecorded", "/meetings/" + id + "#attendance", again(id, "attendance", p, model));
	}

	@PostMapping("/meetings/{id:\\d+}/minutes")
	String minutes(@PathVariable long id, @RequestParam Map<String, String> p,
			@RequestParam(required = false) MultipartFile minutesFile, Model model, RedirectAttributes redirect) {
		UploadedFile file = UploadedFile.of(minutesFile);
		return Forms.submit(model, redirect,
				() -> this.records.recordMinutes(id, p.get("minutes"), file.name(), file.content()),
				"meeting.minutesRecorded", "/meetings/" + id + "#minutes", again(id, "minutes", p, model));
	}

	@GetMapping("/meetings/{id:\\d+}/minutes-file")
	ResponseEntity<byte[]> minutesFile(@PathVariable long id) {
		return file(this.queries.minutesFile(id));
	}

	@PostMapping("/meetings/{id:\\d+}/decisions")
	String decide(@PathVariable long id, @RequestParam Map<String, String> p, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect,
				() -> this.records.decide(id,
						new DecisionForm(p.get("decisionText"), p.get("decisionOwner"), p.get("decisionDue"),
								p.get("decisionProblem"), p.get("decisionPlanItem"))),
				"meeting.decisionAdded", "/meetings/" + id + "#decisions", again(id, "decisions", p, model));
	}

	@PostMapping("/meetings/{id:\\d+}/decisions/{decision}/done")
	String decisionDone(@PathVariable long id, @PathVariable long decision, @RequestParam Map<String, String> p,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect,
				() -> this.records.settleDecision(id, decision, DecisionStatus.DONE, p.get("doneAt"), p.get("note")),
				"meeting.decisionDone", "/meetings/" + id + "#decisions", again(id, "decisions", p, model));
	}

	@PostMapping("/meetings/{id:\\d+}/decisions/{decision}/cancel")
	String decisionCancelled(@PathVariable long id, @PathVariable long decision, @RequestParam Map<String, String> p,
			Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect,
				() -> this.records.settleDecision(id, decision, DecisionStatus.CANCELLED, null, p.get("note")),
				"meeting.decisionCancelled", "/meetings/" + id + "#decisions", again(id, "decisions", p, model));
	}

	@PostMapping("/meetings/{id:\\d+}/documents")
	String attach(@PathVariable long id, @RequestParam Map<String, String> p,
			@RequestParam(required = false) MultipartFile documentFile, Model model, RedirectAttributes redirect) {
		UploadedFile file = UploadedFile.of(documentFile);
		return Forms.submit(model, redirect,
				() -> this.records.attach(id, p.get("documentTitle"), file.name(), file.content(),
						"true".equals(p.get("internal"))),
				"meeting.documentAdded", "/meetings/" + id + "#documents", again(id, "documents", p, model));
	}

	@GetMapping("/meetings/{id:\\d+}/documents/{document}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long document) {
		return file(this.queries.document(id, document));
	}

	@PostMapping("/meetings/{id:\\d+}/documents/{document}/withdraw")
	String withdrawDocument(@PathVariable long id, @PathVariable long document, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.records.withdrawDocument(id, document),
				"meeting.documentWithdrawn", "/meetings/" + id + "#documents", again(id, "documents", Map.of(), model));
	}

	@PostMapping("/meetings/{id:\\d+}/close")
	String close(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.records.close(id), "meeting.closed",
				"/meetings/" + id + "#status", again(id, "status", Map.of(), model));
	}

	@PostMapping("/meetings/{id:\\d+}/cancel")
	String cancel(@PathVariable long id, @RequestParam Map<String, String> p, Model model,
			RedirectAttributes redirect) {
		boolean following = "following".equals(p.get("scope"));
		return Forms.submit(model, redirect, () -> this.planning.cancel(id, p.get("reason"), following),
				following ? "meeting.seriesCancelled" : "meeting.cancelled", "/meetings/" + id + "#status",
				again(id, "status", p, model));
	}

	// ---------------------------------------------------------------- helpers

	private static int number(String text, int fallback, String field) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInput(field, "Укажите число участников цифрами");
		}
	}

	private ResponseEntity<byte[]> file(MeetingQueries.FileContent file) {
		byte[] content = this.storage.read(file.key());
		return file.restricted() ? Downloads.privateAttachment(content, file.fileName(), file.contentType())
				: Downloads.attachment(content, file.fileName(), file.contentType());
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	/**
	 * How many of these organisations have no address the invitation e-mail could reach.
	 */
	private int withoutAddress(List<Long> organizationIds) {
		var reachable = this.directory.organizationAddresses(organizationIds).keySet();
		return (int) organizationIds.stream().distinct().filter(id -> !reachable.contains(id)).count();
	}

}
