package org.nmhub.indicators;

/**
 * What kind of number an indicator is.
 */
public enum Measure {

	SCORE, RANK, DECILE, COUNT, RATE

}
