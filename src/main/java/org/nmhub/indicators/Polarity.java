package org.nmhub.indicators;

/**
 * Which way is worse. Indices of Deprivation scores are higher where deprivation is
 * greater; ranks and deciles are lower (rank 1 is the most deprived area).
 */
public enum Polarity {

	HIGHER_IS_WORSE, LOWER_IS_WORSE, NEUTRAL

}
