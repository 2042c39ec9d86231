package org.nmhub.toolkit;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared reference material every partnership sees: the review's glossary of
 * abbreviations and passages of the review as toolkit material, quoted with their
 * paragraph numbers. Loaded on every start; rows already present are left alone.
 */
@Component
class ToolkitReferenceData implements ApplicationRunner {

	static final String REVIEW = "Leicestershire Together, Review of Neighbourhood Management – Final Report, "
			+ "Social Regeneration Consultants, September 2008";

	/** The review's list of abbreviations, as printed (page 39). */
	static final List<String[]> GLOSSARY = List.of(new String[] { "AF", "Area Forum" },
			new String[] { "ASB", "Anti-social behaviour" },
			new String[] { "BME", "Black and minority ethnic (populations)" },
			new String[] { "CAA", "Comprehensive Area Assessments" }, new String[] { "CAB", "Citizens Advice Bureau" },
			new String[] { "CETG", "Community Engagement Task Group" }, new String[] { "CF", "Community Forum" },
			new String[] { "CVS", "Council for Voluntary Service" },
			new String[] { "DSLP", "District Local Strategic Partnership" },
			new String[] { "FTE", "Full-time Equivalent" }, new String[] { "ICE", "Ibstock Community Enterprises" },
			new String[] { "ILM", "Intermediate Labour Market" }, new String[] { "IoD", "Index of Deprivation" },
			new String[] { "JAG", "Joint Action Group" }, new String[] { "LAA", "Local Area Agreement" },
			new String[] { "LIT", "Local Improvement Team" }, new String[] { "LSC", "Learning and Skills Council" },
			new String[] { "LSP", "Local Strategic Partnership" }, new String[] { "NAT", "Neighbourhood Action Team" },
			new String[] { "NF", "Neighbourhood Forum" }, new String[] { "NM", "Neighbourhood Management" },
			new String[] { "NRU", "Neighbourhood Renewal Unit" },
			new String[] { "NWL", "North West Leicestershire (district council)" },
			new String[] { "PACT", "Partners and Communities Together" }, new String[] { "PCT", "Primary Care Trust" },
			new String[] { "PN", "Priority Neighbourhood" }, new String[] { "PR", "Public relations" },
			new String[] { "PTE", "Part-time Equivalent" }, new String[] { "RCC", "Rural Community Council" },
			new String[] { "RSL", "Registered Social Landlord" }, new String[] { "SOA", "Super Output Area" },
			new String[] { "SCI", "Statement of Community Involvement" },
			new String[] { "SRB", "Single Regeneration Budget" },
			new String[] { "SRC", "Social Regeneration Consultants" },
			new String[] { "STEP", "Social, Technical, Economic, Political (analysis)" },
			new String[] { "SWOT", "Strengths, Weaknesses, Opportunities, Threats (analysis)" });

	record Material(ToolkitKind kind, String title, String summary, String body, String paragraphs, List<String> tags) {
	}

	static final List<Material> MATERIAL = List.of(new Material(ToolkitKind.GUIDANCE,
			"The seven essential elements of neighbourhood management",
			"The baseline that has emerged through national practice, against which the review (and NM Hub's self-assessment) measures each district.",
			"""
					This mirrors some, although by no means all, of the seven essential elements of neighbourhood \
					management that have emerged through national practice and are now widely accepted as the baseline. \
					These are:

					• A clearly defined neighbourhood
					• Resident involvement
					• A dynamic neighbourhood manager, with clout
					• A local partnership and an anchor organisation to provide strategic direction
					• Understanding, support and commitment from the local authority and LSP
					• Quality information
					• Commitment from service providers and mechanisms for engagement between residents and providers""",
			"paragraph 3.10", List.of("self-assessment", "evaluation", "essential elements")),
			new Material(ToolkitKind.GUIDANCE, "The five key elements agreed in Leicestershire",
					"What consultation for the review found stakeholders broadly agreed neighbourhood management is.",
					"""
							A range of views emerged about what it is, although there was a broad consensus on five key \
							elements:

							• Focusing services on a geographically defined, more deprived neighbourhood
							• Understanding the needs of that place
							• Consulting / engaging local communities
							• Developing a local partnership / joint working
							• Improved co-ordination of services and actions""",
					"paragraph 3.9", List.of("self-assessment", "essential elements")),
			new Material(ToolkitKind.CASE_STUDY, "Good practice in two-tier areas: West Cumbria and Wyre Forest",
					"Two examples from other two-tier areas with useful learning about funding, LAAs, services working together, engagement and working with families.",
					"""
							Two examples of good practice in other two-tier areas which could provide some useful learning \
							were identified in the districts of Allerdale and Copeland, which together form West Cumbria in \
							the county of Cumbria, and the Wyre Forest district of Worcestershire.

							Both approaches have been in place for some years and provide useful learning, in particular \
							about funding, relationships between local level and LAAs, services working together to achieve \
							change on the ground, community engagement and working with families as well as communities.""",
					"paragraphs 3.16–3.17", List.of("case study", "funding", "engagement", "two-tier")),
			new Material(ToolkitKind.EVALUATION, "Early impact of neighbourhood management in Leicestershire",
					"What the review found neighbourhood management had already changed.",
					"""
							Early examples of the impact of neighbourhood management on specific service areas include \
							higher school attendance and a fall in criminal damage / crime rates recorded in two districts. \
							More generally, there were reports of better inter-agency working and information exchange, the \
							beginnings of a culture change within councils, more opportunity to attract external funding and \
							some success in getting communities engaged.""",
					"paragraph 3.15", List.of("evaluation", "impact", "crime")),
			new Material(ToolkitKind.GUIDANCE, "Where to find published good practice",
					"The national sources of good practice on neighbourhood management the review points to.",
					"""
							There is now a significant amount of good practice on neighbourhood management. Much of it is \
							published and can be found in the annual evaluation reports on the original government \
							Neighbourhood Management Pathfinder programme, via the national Neighbourhood Management \
							Network, reports and guidance from Communities and Local Government and a variety of research \
							and other publications.""",
					"paragraph 3.12", List.of("good practice", "pathfinders")),
			new Material(ToolkitKind.TEMPLATE, "What the neighbourhood management toolkit should cover",
					"The review's recommendation (S) for a toolkit: a reference document, a training manual and a working guide.",
					"""
							A 'toolkit' on good practice and recommended approaches for all aspects of neighbourhood \
							management. This would provide a broad reference / information document, a training manual and \
							a working guide to day-to-day practice. It might cover such elements as:

							• general good practice in the field of neighbourhood management
							• key findings / lessons from evaluation of existing neighbourhood management initiatives
							• an outline structure for a successful neighbourhood management structure and process, linked \
							to the LAA, and which might include such elements as developing a baseline, accountability, \
							monitoring and evaluation, etc
							• issues around resourcing, including staffing and staff training
							• issues for the community and voluntary sector, including funding and volunteering
							• approaches to partnership development (and, in particular, NAT structures and working practices)
							• approaches to engaging residents and the wider community
							• a communications strategy
							• action plan templates
							• structural and organisational issues""",
					"paragraph 8.4", List.of("toolkit", "action plans", "engagement", "evaluation")));

	private final ToolkitRepository repository;

	ToolkitReferenceData(ToolkitRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (String[] term : GLOSSARY) {
			repository.insertSharedTermIfAbsent(term[0], term[1], REVIEW + ", Abbreviations");
		}
		for (Material m : MATERIAL) {
			repository.insertSharedItemIfAbsent(m.kind(), m.title(), m.summary(), m.body(),
					REVIEW + ", " + m.paragraphs(), m.tags());
		}
	}

}
