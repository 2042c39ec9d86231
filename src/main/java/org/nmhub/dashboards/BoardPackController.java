package org.nmhub.dashboards;

import java.util.Map;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;
import org.nmhub.printing.TableExport;
import org.nmhub.shared.AuditedChange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Board packs: the list a member may open, each pack's PDF (for members of its body and
 * administrators only), and for administrators which bodies receive packs.
 */
@Controller
class BoardPackController {

	static final String VIEW = "dashboards/board-packs";

	static final String PACK_VIEW = "dashboards/board-pack-page";

	private final BoardPackRepository packs;

	private final ApplicationEventPublisher events;

	BoardPackController(BoardPackRepository packs, ApplicationEventPublisher events) {
		this.packs = packs;
		this.events = events;
	}

	@GetMapping("/p/{partnership}/board-packs")
	String list(PartnershipContext context, Model model) {
		boolean administrator = context.role() == Role.ADMINISTRATOR;
		long p = context.partnershipId().value();
		model.addAttribute("packs", packs.packs(p, context.user().userId(), administrator));
		model.addAttribute("bodies", administrator ? packs.bodies(p) : java.util.List.of());
		return VIEW;
	}

	/** The page the e-mail links to: what the pack is, and the PDF. */
	@GetMapping("/p/{partnership}/board-packs/{id}")
	String show(PartnershipContext context, @PathVariable long id, Model model) {
		model.addAttribute("pack", pack(context, id));
		return PACK_VIEW;
	}

	@GetMapping("/p/{partnership}/board-packs/{id}.pdf")
	ResponseEntity<byte[]> pdf(PartnershipContext context, @PathVariable long id) {
		BoardPackRepository.Pack pack = pack(context, id);
		return TableExport.pdf("board-pack-" + pack.meetingStartsAt().toLocalDate(),
				packs.pdf(context.partnershipId().value(), id));
	}

	/**
	 * The pack if the user may open it: 403 for a pack of a body they are not a member
	 * of.
	 */
	private BoardPackRepository.Pack pack(PartnershipContext context, long id) {
		long p = context.partnershipId().value();
		return packs.pack(p, id, context.user().userId(), context.role() == Role.ADMINISTRATOR)
			.orElseThrow(() -> new ResponseStatusException(
					packs.exists(p, id) ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND));
	}

	@PostMapping("/p/{partnership}/board-packs/bodies/{body}")
	@RequiresRole(Role.ADMINISTRATOR)
	@Transactional
	String mark(PartnershipContext context, @PathVariable long body,
			@RequestParam(defaultValue = "false") String receives, @RequestParam(defaultValue = "") String daysBefore,
			RedirectAttributes redirect) {
		String base = "redirect:/p/" + context.partnership().slug() + "/board-packs";
		int days;
		try {
			days = Integer.parseInt(daysBefore.strip());
		}
		catch (NumberFormatException ex) {
			days = -1;
		}
		if (days < 1 || days > 60) {
			redirect.addFlashAttribute("problem", "Enter the days before the meeting as a whole number from 1 to 60");
			return base;
		}
		boolean yes = "true".equals(receives);
		if (!packs.mark(context.partnershipId().value(), body, yes, days, context.user().displayName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		events.publishEvent(
				new BoardPackChanged(new AuditedChange(context.partnershipId().value(), context.user().userId(),
						context.user().displayName(), "updated", "board pack body", String.valueOf(body),
						(yes ? "Packs " + days + " days before meetings of body " : "No packs for body ") + body,
						Map.of(), Map.of("receives", yes, "daysBefore", days))));
		redirect.addFlashAttribute("notice", yes ? "Packs will be made " + days + " days before its meetings"
				: "No packs will be made for its meetings");
		return base;
	}

}
