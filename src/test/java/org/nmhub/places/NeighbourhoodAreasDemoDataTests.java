package org.nmhub.places;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NeighbourhoodAreasDemoDataTests {

	@Test
	void wardsMatchThePlacesTheyAreNamedAfter() {
		assertThat(NeighbourhoodAreasDemoData.matches("Greenhill", List.of("Greenhill"))).isTrue();
		assertThat(NeighbourhoodAreasDemoData.matches("Coalville East", List.of("Coalville"))).isTrue();
		assertThat(NeighbourhoodAreasDemoData.matches("Melton Egerton", List.of("Egerton", "Fairmead"))).isTrue();
		assertThat(NeighbourhoodAreasDemoData.matches("Braunstone Park & Rowley Fields", List.of("Braunstone")))
			.isTrue();
		assertThat(NeighbourhoodAreasDemoData.matches("Market Harborough - Welland", List.of("Market Harborough")))
			.isTrue();
	}

	@Test
	void wardsDoNotMatchPlacesThatOnlyShareLetters() {
		assertThat(NeighbourhoodAreasDemoData.matches("Ashby de la Zouch Castle", List.of("Ash"))).isFalse();
		assertThat(NeighbourhoodAreasDemoData.matches("Coalvilleton", List.of("Coalville"))).isFalse();
		assertThat(NeighbourhoodAreasDemoData.matches("Wigston Meadowcourt", List.of("South Wigston"))).isFalse();
	}

}
