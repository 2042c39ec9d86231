package org.nmhub.indicators;

/**
 * How an indicator's values combine over several areas, e.g. the LSOAs of a
 * neighbourhood. Ranks and deciles are never averaged: they are shown as a distribution.
 */
public enum Aggregation {

	POPULATION_WEIGHTED_MEAN, SUM, DISTRIBUTION

}
