package org.nmhub.engagement;

import java.util.List;

import org.nmhub.access.PartnershipId;

import org.springframework.stereotype.Service;

/** Resident perception survey results, as other modules read them. */
@Service
public class ResidentSurveys {

	private final SurveyRepository surveys;

	ResidentSurveys(SurveyRepository surveys) {
		this.surveys = surveys;
	}

	/** A neighbourhood's results by measure and year. */
	public List<SurveyFigure> results(PartnershipId partnership, long neighbourhoodId) {
		return surveys.results(partnership, neighbourhoodId)
			.stream()
			.map(r -> new SurveyFigure(r.year(), r.measure(), r.percent(), r.sampleSize(), r.ciLow(), r.ciHigh()))
			.toList();
	}

}
