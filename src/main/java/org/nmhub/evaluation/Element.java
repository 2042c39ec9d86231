package org.nmhub.evaluation;

/**
 * What a self-assessment scores: the seven essential elements of neighbourhood management
 * that "are now widely accepted as the baseline", and the five key elements stakeholders
 * in Leicestershire agreed on (2008 review, paragraphs 3.10 and 3.9).
 */
enum Element {

	DEFINED_NEIGHBOURHOOD("A clearly defined neighbourhood", true), RESIDENT_INVOLVEMENT("Resident involvement", true),
	NEIGHBOURHOOD_MANAGER("A dynamic neighbourhood manager, with clout", true),
	LOCAL_PARTNERSHIP("A local partnership and an anchor organisation to provide strategic direction", true),
	LOCAL_AUTHORITY_SUPPORT("Understanding, support and commitment from the local authority and LSP", true),
	QUALITY_INFORMATION("Quality information", true),
	SERVICE_PROVIDER_COMMITMENT(
			"Commitment from service providers and mechanisms for engagement between residents and providers", true),
	FOCUSED_SERVICES("Focusing services on a geographically defined, more deprived neighbourhood", false),
	UNDERSTANDING_NEEDS("Understanding the needs of that place", false),
	ENGAGING_COMMUNITIES("Consulting / engaging local communities", false),
	JOINT_WORKING("Developing a local partnership / joint working", false),
	COORDINATION("Improved co-ordination of services and actions", false);

	private final String label;

	private final boolean essential;

	Element(String label, boolean essential) {
		this.label = label;
		this.essential = essential;
	}

	public String label() {
		return label;
	}

	/**
	 * One of the seven national essential elements (otherwise one of the review's five).
	 */
	public boolean essential() {
		return essential;
	}

	public String key() {
		return name();
	}

}
