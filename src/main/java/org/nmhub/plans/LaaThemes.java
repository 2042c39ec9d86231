package org.nmhub.plans;

import java.util.List;

/**
 * The blocks of the Leicestershire LAA 2006 (seed 004, appendix 4, and seed 000, 4.46:
 * "four of the seven LAA themes"), offered as a priority's LAA theme.
 */
final class LaaThemes {

	static final List<String> ALL = List.of("Children and Young People", "Safer Communities", "Healthier Communities",
			"Older People", "Economic Development", "Cleaner and Greener", "Stronger Communities");

	private LaaThemes() {
	}

}
