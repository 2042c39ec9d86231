package org.nmhub.evaluation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.shared.FinancialYear;

/** One year's self-assessment of a district or neighbourhood, with a row per element. */
record SelfAssessment(long id, String scopeKind, String scopeKey, String scopeName, int yearStarting, String status,
		String createdBy, @Nullable String submittedBy, @Nullable Instant submittedAt, int version, List<Row> rows,
		List<PeerReview> reviews) {

	record Row(Element element, @Nullable Score score, String prefilled, String evidence, String improvementAction) {

		public List<String> prefilledLines() {
			return prefilled.isBlank() ? List.of() : List.of(prefilled.split("\n"));
		}

		public boolean weak() {
			return score != null && score.weak();
		}

	}

	record PeerReview(String reviewerName, @Nullable String reviewerDistrict, String comment, Instant createdAt) {
	}

	public String year() {
		return new FinancialYear(yearStarting).label();
	}

	public boolean submitted() {
		return "SUBMITTED".equals(status);
	}

}
