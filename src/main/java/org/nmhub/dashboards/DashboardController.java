package org.nmhub.dashboards;

import org.nmhub.access.PartnershipContext;
import org.nmhub.dashboards.Dashboard.Scope;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The partnership overview, district and neighbourhood dashboards, for every member of
 * the partnership. Each is one page that prints without the navigation.
 */
@Controller
class DashboardController {

	static final String VIEW = "dashboards/dashboard";

	private final Dashboards dashboards;

	private final GapDirections gaps;

	DashboardController(Dashboards dashboards, GapDirections gaps) {
		this.dashboards = dashboards;
		this.gaps = gaps;
	}

	@GetMapping("/p/{partnership}/dashboard")
	String partnership(PartnershipContext context, Model model) {
		return show(context, Scope.PARTNERSHIP, model);
	}

	@GetMapping("/p/{partnership}/dashboard/districts/{code}")
	String district(PartnershipContext context, @PathVariable String code, Model model) {
		return show(context, new Scope(Scope.Level.DISTRICT, code), model);
	}

	@GetMapping("/p/{partnership}/dashboard/neighbourhoods/{key}")
	String neighbourhood(PartnershipContext context, @PathVariable String key, Model model) {
		return show(context, new Scope(Scope.Level.NEIGHBOURHOOD, key), model);
	}

	private String show(PartnershipContext context, Scope scope, Model model) {
		Dashboard dashboard = dashboards
			.dashboard(context.partnershipId(), context.partnership().name(), scope,
					() -> gaps.gaps(context.partnership()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("dashboard", dashboard);
		return VIEW;
	}

}
