package org.nmhub.web;

import java.util.ArrayList;
import java.util.List;

import org.nmhub.access.PartnershipContext;
import org.nmhub.access.Role;

/**
 * The things a role can do now, shown on the partnership's home page.
 */
final class Tasks {

	record Task(String title, String href, String description) {
	}

	private Tasks() {
	}

	static List<Task> forContext(PartnershipContext context) {
		String base = "/p/" + context.partnership().slug();
		List<Task> tasks = new ArrayList<>();
		tasks.add(new Task("Neighbourhoods", base + "/neighbourhoods",
				"The partnership's districts and its priority neighbourhoods, with each dated designation and "
						+ "where it came from."));
		tasks.add(new Task("Partners and bodies", base + "/partners",
				"The partner organisations, and the board, groups, LSPs and NATs they meet in."));
		tasks.add(new Task("Action plans", base + "/plans",
				"Neighbourhood Action Plans and the district and county plans: priorities, actions with named "
						+ "leads and resources, agreement, and progress. Your own actions are under My actions."));
		tasks.add(new Task("Indicators", base + "/indicators",
				context.role() == Role.ADMINISTRATOR
						? "The Indices of Deprivation and other official evidence, and importing a new file."
						: "The Indices of Deprivation and other official evidence, with where each file came from."));
		tasks.add(new Task("Priority-neighbourhood selection", base + "/selection",
				"Which LSOAs stated rules pick as priority areas, clustered and explained with their numbers; "
						+ "re-run on a newer edition and compare."));
		tasks.add(new Task("Reference geography", base + "/geography",
				"LSOAs, wards and districts with their boundaries and where they came from; a map of a district's "
						+ "LSOAs, and the LSOA of a point."
						+ (context.role() == Role.ADMINISTRATOR ? " Import ONS lookups and boundary files." : "")));
		if (context.role() == Role.ADMINISTRATOR) {
			tasks.add(new Task("Members", base + "/members",
					"Who can use NM Hub for this partnership, and their roles."));
			tasks.add(new Task("Audit log", base + "/audit",
					"Every change made in this partnership: who, when and what."));
			tasks.add(new Task("Partnership settings", base + "/settings", "The partnership's name and description."));
		}
		tasks.add(new Task("Your password", "/account/password", "Change the password you sign in with."));
		return tasks;
	}

}
