package ru.nko.platform.claims;

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
import ru.nko.platform.system.ListFilters;

/**
 * Joining: the claim form for a signed-in person, and the administrator's checking of
 * claims.
 */
@Controller
class RepresentationClaimController {

	private final RepresentationClaims claims;

	private final DirectoryManagement directory;

	RepresentationClaimController(RepresentationClaims claims, DirectoryManagement directory) {
		this.claims = claims;
		this.directory = directory;
	}

	/**
	 * The claim form, with the organisation's ИНН filled in when coming from its card.
	 */
	@GetMapping("/organizations/claim")
	String form(@RequestParam(defaultValue = "") String inn, Model model) {
		String digits = inn.replaceAll("\\D", "");
		return page(new RepresentationClaims.ClaimForm(digits.length() <= 12 ? digits : "", "", "", "", null), model);
	}

	@PostMapping("/organizations/claim")
	String submit(@RequestParam(defaultValue = "") String inn, @RequestParam(defaultValue = "") String position,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String ogrn,
			@RequestParam(required = false) Long municipalityId, @RequestParam(required = false) MultipartFile document,
			Model model, RedirectAttributes redirect) throws IOException {
		RepresentationClaims.ClaimForm form = new RepresentationClaims.ClaimForm(inn, position, name, ogrn,
				municipalityId);
		byte[] content = document == null ? null : document.getBytes();
		return Forms.submit(model, redirect,
				() -> this.claims.submit(form, document == null ? "" : document.getOriginalFilename(), content),
				"claim.sent", "/organizations/claim#mine", () -> page(form, model));
	}

	@GetMapping("/organizations/claims/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable long id) {
		RepresentationClaims.Document document = this.claims.document(id);
		return Downloads.privateAttachment(document.content(), document.fileName(), document.contentType());
	}

	@GetMapping("/admin/claims")
	String pending(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", this.claims.pending(ListFilters.page(page, 20)));
		return "claims/claims";
	}

	@GetMapping("/admin/claims/{id}")
	String claim(@PathVariable long id, Model model) {
		model.addAttribute("claim", this.claims.claim(id));
		return "claims/claim";
	}

	@PostMapping("/admin/claims/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		this.claims.approve(id);
		redirect.addFlashAttribute("notice", "claim.approved");
		return "redirect:/admin/claims";
	}

	@PostMapping("/admin/claims/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		return Forms.submit(model, redirect, () -> this.claims.reject(id, reason), "claim.rejected", "/admin/claims",
				() -> claim(id, model));
	}

	private String page(RepresentationClaims.ClaimForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("municipalities", this.directory.municipalities());
		model.addAttribute("mine", this.claims.mine());
		return "claims/claim-form";
	}

}
