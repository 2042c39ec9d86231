package org.nmhub.plans;

/**
 * What a priority's evidence link points at. Plans store the link (kind, reference,
 * label) and depend on none of the modules it may point into.
 */
public enum EvidenceKind {

	PROFILE_INDICATOR("Profile indicator"), ENGAGEMENT("Engagement feedback"), INTELLIGENCE("Community intelligence"),
	DOCUMENT("Document");

	private final String label;

	EvidenceKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
