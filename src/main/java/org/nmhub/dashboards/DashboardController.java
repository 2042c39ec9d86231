package org.nmhub.dashboards;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nmhub.access.PartnershipContext;
import org.nmhub.dashboards.Dashboard.Scope;
import org.nmhub.web.RenderedPages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The partnership overview, district and neighbourhood dashboards, for every member of
 * the partnership. Each is one page that prints without the navigation.
 */
@Controller
class DashboardController {

	static final String VIEW = "dashboards/dashboard";

	static final String BODY = "dashboards/dashboard-body";

	/**
	 * The rendered content of each kept dashboard (the same for every member of the
	 * partnership), by the dashboard's identity: rendered by the first request that needs
	 * it while any others wait for it, and dropped with the dashboard itself, which
	 * {@link Dashboards} keeps for half a minute at most and forgets on any write.
	 */
	private final Cache<Dashboard, String> rendered = Caffeine.newBuilder().weakKeys().build();

	private final ITemplateEngine templates;

	private final Dashboards dashboards;

	private final GapDirections gaps;

	private final RenderedPages pages;

	DashboardController(Dashboards dashboards, GapDirections gaps, ITemplateEngine templates, RenderedPages pages) {
		this.pages = pages;
		this.dashboards = dashboards;
		this.gaps = gaps;
		this.templates = templates;
	}

	@GetMapping("/p/{partnership}/dashboard")
	void partnership(PartnershipContext context, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		show(context, Scope.PARTNERSHIP, model, request, response, locale);
	}

	@GetMapping("/p/{partnership}/dashboard/districts/{code}")
	void district(PartnershipContext context, @PathVariable String code, Model model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		show(context, new Scope(Scope.Level.DISTRICT, code), model, request, response, locale);
	}

	@GetMapping("/p/{partnership}/dashboard/neighbourhoods/{key}")
	void neighbourhood(PartnershipContext context, @PathVariable String key, Model model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		show(context, new Scope(Scope.Level.NEIGHBOURHOOD, key), model, request, response, locale);
	}

	private void show(PartnershipContext context, Scope scope, Model model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		Dashboard dashboard = dashboards
			.dashboard(context.partnershipId(), context.partnership().name(), scope,
					() -> gaps.gaps(context.partnership()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("body", rendered.get(dashboard, d -> {
			WebContext fragment = new WebContext(
					JakartaServletWebApplication.buildApplication(request.getServletContext())
						.buildExchange(request, response),
					locale, Map.of("context", context, "dashboard", d));
			return templates.process(BODY, Set.of("dashboardContent"), fragment);
		}));
		// The whole page, for this member, as long as the dashboard is the same one.
		String key = "dashboard|" + context.partnershipId().value() + "|" + scope + "|" + dashboard.computedAt() + "|"
				+ System.identityHashCode(dashboard);
		pages.send(key, VIEW, model, request, response);
	}

}
