package org.nmhub.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlugsTests {

	@Test
	void makesUrlNamesFromSeedPlaceNames() {
		assertThat(Slugs.of("Burbage/St. Catherines")).isEqualTo("burbage-st-catherines");
		assertThat(Slugs.of("St Matthews & St Marks")).isEqualTo("st-matthews-and-st-marks");
		assertThat(Slugs.of("Beaumont Leys, Abbey Rise & Stocking Farm"))
			.isEqualTo("beaumont-leys-abbey-rise-and-stocking-farm");
		assertThat(Slugs.of("Café Quarter")).isEqualTo("cafe-quarter");
	}

	@Test
	void refusesNamesWithoutLettersOrDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> Slugs.of(" / "));
	}

}
