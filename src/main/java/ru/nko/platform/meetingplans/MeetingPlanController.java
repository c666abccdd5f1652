package ru.nko.platform.meetingplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.shared.files.FileStorage;
import ru.nko.platform.shared.files.UploadedFile;
import ru.nko.platform.system.Forms;

/**
 * A municipality's year of meetings with its plan's agreement, and the agreement file.
 */
@Controller
class MeetingPlanController {

	private final MeetingPlanQueries queries;

	private final MeetingPlans plans;

	private final FileStorage storage;

	private final Clock clock;

	MeetingPlanController(MeetingPlanQueries queries, MeetingPlans plans, FileStorage storage, Clock clock) {
		this.queries = queries;
		this.plans = plans;
		this.storage = storage;
		this.clock = clock;
	}

	@GetMapping("/municipalities/{id}/meetings")
	String year(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
		int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(this.clock).getYear() : year;
		return render(id, shown, new HashMap<>(), model);
	}

	@PostMapping("/municipalities/{id}/meetings/plan")
	String agree(@PathVariable long id, @RequestParam Map<String, String> params,
			@RequestParam(required = false) MultipartFile planFile, Model model, RedirectAttributes redirect) {
		MeetingPlanForm form = new MeetingPlanForm(params.get("year"), params.get("agreedOn"),
				params.get("agreedWith"));
		UploadedFile file = UploadedFile.of(planFile);
		int year = year(params.get("year"));
		return Forms.submit(model, redirect, () -> this.plans.agreeBySignedIn(id, form, file.name(), file.content()),
				"meeting.planAgreed", "/municipalities/" + id + "/meetings?year=" + year,
				() -> render(id, year, params, model));
	}

	@GetMapping("/meeting-plans/{id}/file")
	ResponseEntity<byte[]> planFile(@PathVariable long id) {
		MeetingPlanFile file = this.plans.file(id);
		return Downloads.attachment(this.storage.read(file.key()), file.fileName(), file.contentType());
	}

	private String render(long id, int year, Map<String, String> values, Model model) {
		model.addAttribute("plan", this.queries.year(id, year));
		model.addAttribute("v", values);
		model.addAttribute("today", LocalDate.now(this.clock));
		return "meetingplans/meeting-year";
	}

	/** The year typed, or this year when it is not one. */
	private int year(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (RuntimeException ex) {
			return LocalDate.now(this.clock).getYear();
		}
	}

}
