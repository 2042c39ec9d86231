package org.nmhub.partners;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which bodies an analysis counts: the whole partnership's, one district's, or one
 * neighbourhood's (bodies covering it, or whose meetings had agenda items tagged with
 * it).
 */
record AnalysisScope(@Nullable String district, @Nullable String neighbourhoodKey, @Nullable String neighbourhoodName) {

	static final AnalysisScope ALL = new AnalysisScope(null, null, null);

	static AnalysisScope district(String name) {
		return new AnalysisScope(name, null, null);
	}

	static AnalysisScope neighbourhood(String key, String name) {
		return new AnalysisScope(null, key, name);
	}

	/** The SQL for the {@code scope} common table expression, with its parameters. */
	static final String SQL = """
			scope as (
			  select b.id, b.name from partner_bodies b
			  where b.partnership_id = :p and (cast(:district as text) is null or b.district_name = :district)
			    and (cast(:neighbourhood as text) is null
			         or b.neighbourhood_name = :neighbourhoodName
			         or exists (select 1 from partner_agenda_items i join partner_meetings mt on mt.id = i.meeting_id
			                    where mt.body_id = b.id and i.partnership_id = :p and i.neighbourhood_key = :neighbourhood))
			)
			""";

	Map<String, Object> params(long partnership) {
		Map<String, Object> params = new HashMap<>();
		params.put("p", partnership);
		params.put("district", district);
		params.put("neighbourhood", neighbourhoodKey);
		params.put("neighbourhoodName", neighbourhoodName);
		return params;
	}

}
