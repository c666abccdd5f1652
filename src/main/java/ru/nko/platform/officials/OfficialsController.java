package ru.nko.platform.officials;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nko.platform.directory.DirectoryManagement;
import ru.nko.platform.shared.export.Downloads;
import ru.nko.platform.system.Forms;
import ru.nko.platform.system.NotFound;

/**
 * Responsible officials: the public list of who to contact, and appointing one with the
 * act.
 */
@Controller
class OfficialsController {

	private final ResponsibleOfficials officials;

	private final DirectoryManagement directory;

	OfficialsController(ResponsibleOfficials officials, DirectoryManagement directory) {
		this.officials = officials;
		this.directory = directory;
	}

	@GetMapping("/officials")
	String list(Model model) {
		model.addAttribute("rows", this.officials.publicList());
		return "officials/officials";
	}

	@GetMapping("/officials/acts/{id}")
	ResponseEntity<byte[]> act(@PathVariable long id) {
		ResponsibleOfficials.Act act = this.officials.act(id);
		return Downloads.attachment(act.content(), act.fileName(), act.contentType());
	}

	@GetMapping("/municipalities/{id}/official")
	String page(@PathVariable long id, Model model) {
		return render(id, new ResponsibleOfficials.Form("", "", "", "", "", "", ""), model);
	}

	@PostMapping("/municipalities/{id}/official")
	String appoint(@PathVariable long id, @RequestParam(defaultValue = "") String fullName,
			@RequestParam(defaultValue = "") String position, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String actNumber,
			@RequestParam(defaultValue = "") String actDate, @RequestParam(defaultValue = "") String validFrom,
			@RequestParam(required = false) MultipartFile act, Model model, RedirectAttributes redirect)
			throws IOException {
		ResponsibleOfficials.Form form = new ResponsibleOfficials.Form(fullName, position, email, phone, actNumber,
				actDate, validFrom);
		byte[] bytes = act == null ? null : act.getBytes();
		return Forms.submit(model, redirect,
				() -> this.officials.appoint(id, form, act == null ? null : act.getOriginalFilename(), bytes),
				"official.appointed", "/municipalities/" + id + "/official", () -> render(id, form, model));
	}

	private String render(long id, ResponsibleOfficials.Form form, Model model) {
		model.addAttribute("history", this.officials.history(id));
		model.addAttribute("municipality", this.directory.municipality(id)
			.orElseThrow(() -> new NotFound("Муниципальное образование не найдено")));
		model.addAttribute("form", form);
		return "officials/official";
	}

}
