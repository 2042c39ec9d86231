package org.nmhub.web;

import java.util.ArrayList;
import java.util.List;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Role;

/**
 * The navigation a role sees in a partnership. Only links to pages the role may use are
 * shown.
 */
final class Navigation {

	private Navigation() {
	}

	static List<NavigationItem> forContext(PartnershipContext context, String requestPath) {
		String base = "/p/" + context.partnership().slug();
		List<NavigationItem> items = new ArrayList<>();
		add(items, "Home", base, requestPath, true);
		add(items, "Dashboard", base + "/dashboard", requestPath, false);
		add(items, "Neighbourhoods", base + "/neighbourhoods", requestPath, false);
		add(items, "Plans", base + "/plans", requestPath, false);
		add(items, "Engagement", base + "/engagement", requestPath, false);
		add(items, "Intelligence", base + "/intelligence", requestPath, false);
		add(items, "Partners", base + "/partners", requestPath, false);
		add(items, "Meetings", base + "/meetings", requestPath, false);
		add(items, "Performance", base + "/performance", requestPath, false);
		add(items, "Funding", base + "/funding", requestPath, false);
		add(items, "Evaluation", base + "/evaluation", requestPath, false);
		add(items, "Indicators", base + "/indicators", requestPath, false);
		add(items, "Selection", base + "/selection", requestPath, false);
		add(items, "Geography", base + "/geography", requestPath, false);
		add(items, "Toolkit", base + "/toolkit", requestPath, false);
		if (context.role() == Role.ADMINISTRATOR) {
			add(items, "Members", base + "/members", requestPath, false);
			add(items, "Audit log", base + "/audit", requestPath, false);
			add(items, "Settings", base + "/settings", requestPath, false);
		}
		return items;
	}

	private static void add(List<NavigationItem> items, String label, String href, String requestPath, boolean exact) {
		boolean active = exact ? requestPath.equals(href)
				: requestPath.equals(href) || requestPath.startsWith(href + "/");
		items.add(new NavigationItem(label, href, active));
	}

}
