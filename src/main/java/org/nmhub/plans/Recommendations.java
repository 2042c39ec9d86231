package org.nmhub.plans;

import java.util.List;

/**
 * The recommendations of section 8 of the 2008 review of neighbourhood management in
 * Leicestershire (seed 000), by section, in the review's words (shortened with an
 * ellipsis where long), each with its paragraph and its mark: S (county-wide, the
 * workplan of the new sub-group of Leicestershire Together), D (district, for the DLSPs)
 * or S/D (both).
 */
final class Recommendations {

	record Recommendation(String section, String paragraph, String level, String text) {
	}

	static final List<Recommendation> ALL = List.of(
			new Recommendation("Governance", "8.2", "S",
					"A sub-group should be established under the County LSP, with district and service representation "
							+ "and reporting to the County LSP"),
			new Recommendation("Governance", "8.2", "S",
					"Overseeing the strategic actions needed to take forward the findings of this review and organising "
							+ "a county-wide relaunch event in 2009"),
			new Recommendation("Governance", "8.2", "S",
					"Developing a neighbourhood management action plan at county-wide level and supporting the "
							+ "development of district level neighbourhood management action plans"),
			new Recommendation("Governance", "8.3", "D",
					"A senior ‘champion’ for neighbourhood management could be nominated in each district; ideally a "
							+ "district councillor"),
			new Recommendation("Good practice", "8.4", "S",
					"A ‘toolkit’ on good practice and recommended approaches for all aspects of neighbourhood "
							+ "management"),
			new Recommendation("Engagement", "8.6", "S",
					"The early development of an overarching strategy for engaging residents and other members of the "
							+ "community"),
			new Recommendation("Engagement", "8.6", "D",
					"Developing an inclusive partnership approach in each priority neighbourhood representing all "
							+ "partners"),
			new Recommendation("Engagement", "8.6", "S/D",
					"Developing ways of delivering community development and capacity building as an integral part of "
							+ "successful engagement"),
			new Recommendation("Engagement", "8.6", "S",
					"Developing the range of techniques available for community engagement … including a focused "
							+ "approach to engaging ‘rarely heard’ groups"),
			new Recommendation("Resources", "8.7", "D",
					"Each district should review its current or planned level of staffing for neighbourhood management "
							+ "to confirm that they are realistic in relationship to workload and expectations"),
			new Recommendation("Resources", "8.7", "S",
					"There should be a programme of training and support for staff involved in neighbourhood "
							+ "management"),
			new Recommendation("Resources", "8.8", "S/D",
					"Consideration needs to be given to the resource implications of the recommendations of the review "
							+ "… resulting in a three to five year financial plan for the development of neighbourhood "
							+ "management in each district and strategically"),
			new Recommendation("Resources", "8.8", "S/D",
					"There should be a review of funding opportunities for neighbourhood management"),
			new Recommendation("Resources", "8.8", "S",
					"A timetable should be set for mainstreaming neighbourhood management over a specific timescale"),
			new Recommendation("Resources", "8.9", "S/D",
					"There is a need to establish that the level of support for the [community and voluntary] sector "
							+ "is realistic"),
			new Recommendation("Systems, structures and linkages", "8.11", "S",
					"The County LSP has a key role in raising the profile of neighbourhood management at a County / "
							+ "strategic level"),
			new Recommendation("Systems, structures and linkages", "8.12", "D",
					"Initiate and lead on a district level self-assessment and action planning process"),
			new Recommendation("Systems, structures and linkages", "8.12", "D",
					"Ensure they provide local leadership, direction and troubleshooting capacity for neighbourhood "
							+ "management in the district"),
			new Recommendation("Systems, structures and linkages", "8.12", "D",
					"Allow for regular creative and innovative thinking around approaches to addressing priority local "
							+ "issues"),
			new Recommendation("Systems, structures and linkages", "8.13", "D",
					"Each Neighbourhood Action Team could become a fully representative, integrated partnership body"),
			new Recommendation("Systems, structures and linkages", "8.13", "D",
					"Each Neighbourhood Action Team to look at how they might improve communication with residents and "
							+ "stakeholders, including local businesses"),
			new Recommendation("Systems, structures and linkages", "8.13", "D",
					"Having regular discussions about the relationship between neighbourhood working and outcomes and "
							+ "LAA targets"),
			new Recommendation("Systems, structures and linkages", "8.13", "D",
					"In the production of action plans, wherever a parish plan has been produced / is being produced it "
							+ "should be taken into account when producing an action plan"),
			new Recommendation("Monitoring and evaluation", "8.14", "S",
					"A simple, efficient and effective evaluation system, which combines self-evaluation with an "
							+ "occasional county-wide check … should be developed"),
			new Recommendation("Monitoring and evaluation", "8.14", "S/D",
					"The information in the Neighbourhood Profiles is a good starting point but it needs reducing "
							+ "through prioritising …, focusing to a more local level … and reviewing and updating (i.e. "
							+ "at least annually)"),
			new Recommendation("Partnership working", "8.15", "S",
					"A ‘partners agreement’ or similar which sets out the terms and conditions, expectations and "
							+ "resources that each partner commits to bring to the process and what they can expect to "
							+ "receive in return"),
			new Recommendation("Partnership working", "8.15", "S",
					"A review of ‘hard to reach’ partners is undertaken to extend involvement in neighbourhood "
							+ "management partnerships to a greater number and wider range of service partners"),
			new Recommendation("Partnership working", "8.15", "S/D",
					"Involving the private sector as a potential partner"),
			new Recommendation("Partnership working", "8.15", "S/D",
					"Regular meetings of the Neighbourhood Managers from across the districts could usefully be "
							+ "formalised to share learning and develop cross boundary approaches"),
			new Recommendation("Partnership working", "8.15", "S",
					"A protocol should be developed on the sharing and uses of information between partners, "
							+ "including providing clear guidance on the issue of confidentiality"),
			new Recommendation("Partnership working", "8.15", "S/D",
					"A simple structure diagram outlining how the various strategies and initiatives relate to each "
							+ "other should be produced for distribution to all partner organisations"),
			new Recommendation("Partnership working", "8.15", "S",
					"A programme of visits be drawn up for key partners to visit relevant good practice examples from "
							+ "around the country"));

	private Recommendations() {
	}

}
