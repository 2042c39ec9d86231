package org.nmhub.indicators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nmhub.RealData;
import org.nmhub.shared.LsoaVintage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo loader imports every edition for England once the LSOAs are held, and a second
 * run changes nothing.
 */
@SpringBootTest
class IndicatorsDemoDataIntegrationTests {

	@Autowired
	private IndicatorsDemoData demoData;

	@Autowired
	private Indicators indicators;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void importsEveryEditionForEnglandAndSkipsFilesAlreadyImported() throws Exception {
		RealData.directory();
		LsoaFixture.ensureLsoas(jdbc, LsoaVintage.values());

		demoData.run(null);

		Set<String> files = indicators.datasets().stream().map(IndicatorDataset::fileName).collect(Collectors.toSet());
		assertThat(files).containsAll(IndicatorsDemoData.FILES.stream().map(f -> f.substring(4)).toList());
		assertThat(indicators.datasets().stream().map(IndicatorDataset::key).collect(Collectors.toSet()))
			.contains("iod2004", "iod2007", "iod2010", "iod2015", "iod2019", "iod2025");
		assertThat(indicators.values("iod2019", "population_total", List.of("E01013600")))
			.containsValue(new java.math.BigDecimal("2001"));
		assertThat(indicators.values("iod2025", "imd_rank", List.of("E01013600")))
			.containsValue(new java.math.BigDecimal("1320"));
		assertThat(indicators.definitions()).extracting(IndicatorDefinition::key)
			.contains("imd_score", "income_rank", "employment_decile", "population_total");
		long values = jdbc.sql("select count(*) from indicator_values").query(Long.class).single();

		demoData.run(null);

		assertThat(jdbc.sql("select count(*) from indicator_values").query(Long.class).single()).isEqualTo(values);
	}

}
