package org.nmhub.evaluation;

import java.util.Optional;

/** How far an element is in place; 1 and 2 are weak and need an improvement action. */
enum Score {

	NOT_IN_PLACE(1, "Not in place"), DEVELOPING(2, "Developing"), ESTABLISHED(3, "Established"), STRONG(4, "Strong");

	private final int value;

	private final String label;

	Score(int value, String label) {
		this.value = value;
		this.label = label;
	}

	public int value() {
		return value;
	}

	public String label() {
		return label;
	}

	public boolean weak() {
		return value <= 2;
	}

	static Optional<Score> of(int value) {
		for (Score s : values()) {
			if (s.value == value) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

}
