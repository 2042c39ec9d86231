package org.nmhub.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.access.PartnershipContext;

import org.springframework.stereotype.Service;

/**
 * The hard-to-engage analysis for other modules (such as evaluation's report): each
 * partner organisation's attendance, overdue actions and score, hardest to engage first,
 * for the whole partnership, a district's bodies or a neighbourhood's (docs/adr/0014).
 */
@Service
public class PartnerEngagement {

	private final Analyses analyses;

	PartnerEngagement(Analyses analyses) {
		this.analyses = analyses;
	}

	/**
	 * One organisation's engagement.
	 *
	 * @param attendanceRate meetings attended as a percentage of those expected, or null
	 * with none
	 */
	public record Position(int rank, String organisation, int meetingsExpected, int meetingsAttended,
			@Nullable BigDecimal attendanceRate, int actionsLed, int actionsOverdue, boolean signedProtocol,
			BigDecimal score) {
	}

	/**
	 * The ranking for the partnership ({@code districtName} and {@code neighbourhoodKey}
	 * null), a district's bodies (by the district's name) or a neighbourhood's.
	 */
	public List<Position> ranking(PartnershipContext context, @Nullable String districtName,
			@Nullable String neighbourhoodKey, @Nullable String neighbourhoodName, LocalDate asOf) {
		AnalysisScope scope = neighbourhoodKey != null
				? AnalysisScope.neighbourhood(neighbourhoodKey, neighbourhoodName == null ? "" : neighbourhoodName)
				: districtName != null ? AnalysisScope.district(districtName) : AnalysisScope.ALL;
		return analyses.ranking(context, scope, asOf)
			.stream()
			.map(r -> new Position(r.rank(), r.name(), r.expected(), r.attended(), r.attendanceRate(), r.actionsLed(),
					r.overdue(), r.signed(), r.score()))
			.toList();
	}

}
