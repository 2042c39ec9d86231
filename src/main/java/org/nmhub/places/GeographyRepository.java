package org.nmhub.places;

import java.util.HashSet;
import java.util.Set;

import org.nmhub.shared.LsoaVintage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GeographyRepository {

	private final JdbcClient jdbc;

	GeographyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> lsoaCodes(LsoaVintage vintage) {
		return new HashSet<>(jdbc.sql("select code from places_lsoas where vintage = :v")
			.param("v", vintage.year())
			.query(String.class)
			.list());
	}

}
