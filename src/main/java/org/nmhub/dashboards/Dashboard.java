package org.nmhub.dashboards;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nmhub.dashboards.DashboardQueries.Figures;
import org.nmhub.dashboards.DashboardQueries.OverdueAction;
import org.nmhub.performance.LaaPosition;

/**
 * One dashboard: the figures of its scope (the partnership, a district or a
 * neighbourhood), one row per part of it (district or neighbourhood) with RAG and gap
 * direction, the alerts, and the map and chart drawn as SVG.
 *
 * @param rows the districts of the partnership, the neighbourhoods of a district, or the
 * neighbourhood itself
 * @param neighbourhoods the neighbourhoods in scope, with RAG and gap direction (the
 * map's table)
 */
record Dashboard(Scope scope, String title, LocalDate asAt, LocalDateTime computedAt, Figures total, List<Row> rows,
		List<Row> neighbourhoods, LaaPosition laa, List<OverdueAction> overdueActions, long personalPastReview,
		String mapSvg, String deliveryChartSvg, String laaChartSvg, String gapMeasure) {

	/** What a dashboard covers. */
	record Scope(Level level, @Nullable String key) {

		static final Scope PARTNERSHIP = new Scope(Level.PARTNERSHIP, null);

		enum Level {

			PARTNERSHIP, DISTRICT, NEIGHBOURHOOD

		}

	}

	/** A district or neighbourhood with its figures, RAG and (for neighbourhoods) gap. */
	record Row(Figures figures, String label, @Nullable String link, Rag rag, GapDirections.@Nullable Gap gap) {

		public long open() {
			return figures.actions() - figures.done();
		}

	}

	/**
	 * The RAG of plan delivery: the worst of the open actions (overdue counts as red).
	 */
	enum Rag {

		RED("Red", "#d4351c", "nmhub-rag--red"), AMBER("Amber", "#f47738", "nmhub-rag--amber"),
		GREEN("Green", "#00703c", "nmhub-rag--green"), NONE("No plan actions", "#b1b4b6", "nmhub-rag--missing");

		final String label;

		final String colour;

		final String cssClass;

		Rag(String label, String colour, String cssClass) {
			this.label = label;
			this.colour = colour;
			this.cssClass = cssClass;
		}

		static Rag of(@Nullable Integer score) {
			return score == null ? NONE : score >= 3 ? RED : score == 2 ? AMBER : GREEN;
		}

		public String getLabel() {
			return label;
		}

		public String getCssClass() {
			return cssClass;
		}

	}

	public boolean alerts() {
		return !overdueActions.isEmpty() || !laa.lateReturns().isEmpty() || personalPastReview > 0
				|| !laa.missedMilestones().isEmpty();
	}

}
