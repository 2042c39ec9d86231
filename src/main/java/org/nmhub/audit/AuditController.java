package org.nmhub.audit;

import java.time.LocalDate;
import java.util.List;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.RequiresRole;
import org.nmhub.access.Role;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log of a partnership, for its administrators: filterable by user, record and
 * date.
 */
@Controller
@RequiresRole(Role.ADMINISTRATOR)
class AuditController {

	static final String VIEW = "audit/list";

	private final AuditRepository entries;

	AuditController(AuditRepository entries) {
		this.entries = entries;
	}

	@GetMapping("/p/{partnership}/audit")
	String list(PartnershipContext context, @RequestParam(required = false) Long user,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model) {
		AuditFilter filter = new AuditFilter(user, recordType, recordId, from, to, page);
		List<AuditEntry> found = entries.find(context.partnershipId(), filter);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", found.stream().limit(AuditFilter.PAGE_SIZE).toList());
		model.addAttribute("hasNext", found.size() > AuditFilter.PAGE_SIZE);
		model.addAttribute("recordTypes", entries.recordTypes(context.partnershipId()));
		model.addAttribute("actors", entries.actors(context.partnershipId()));
		return VIEW;
	}

}
