package ru.nko.platform.openness;

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
 * The representative's self-check of openness: what is met, what is missing and what to
 * do; publishing documents.
 */
@Controller
class OpennessController {

	private final OpennessManagement openness;

	private final DirectoryManagement directory;

	OpennessController(OpennessManagement openness, DirectoryManagement directory) {
		this.openness = openness;
		this.directory = directory;
	}

	@GetMapping("/organizations/{id}/openness")
	String selfCheck(@PathVariable long id, Model model) {
		model.addAttribute("evaluation", this.openness.evaluation(id));
		model.addAttribute("documents", this.openness.documents(id));
		model.addAttribute("organization",
				this.directory.organization(id).orElseThrow(() -> new NotFound("Организация не найдена")));
		model.addAttribute("kinds", DocumentKind.values());
		return "openness/self-check";
	}

	@PostMapping("/organizations/{id}/openness/documents")
	String publish(@PathVariable long id, @RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String title,
			@RequestParam(required = false) String url, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file != null && !file.isEmpty() ? file.getBytes() : null;
		return Forms.submit(model, redirect, () -> {
			if (content != null) {
				this.openness.publishFile(id, kind, year, title, file.getOriginalFilename(), content);
			}
			else {
				this.openness.publishLink(id, kind, year, title, url);
			}
		}, "openness.published", "/organizations/" + id + "/openness", () -> selfCheck(id, model));
	}

	/** A published document's file: public, like the document itself. */
	@GetMapping("/organizations/{id}/documents/{documentId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long documentId) {
		OpennessManagement.PublishedFile file = this.openness.publishedFile(id, documentId);
		return Downloads.attachment(file.content(), file.fileName(), file.contentType());
	}

	@PostMapping("/organizations/{id}/openness/documents/{documentId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
		this.openness.withdrawDocument(id, documentId);
		redirect.addFlashAttribute("notice", "openness.withdrawn");
		return "redirect:/organizations/" + id + "/openness";
	}

}
