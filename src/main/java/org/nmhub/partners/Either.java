package org.nmhub.partners;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A problem that stopped a write, or what the write made. */
record Either<L, R>(@Nullable L left, @Nullable R right) {

	static <L, R> Either<L, R> left(L value) {
		return new Either<>(value, null);
	}

	static <L, R> Either<L, R> right(R value) {
		return new Either<>(null, value);
	}

	Optional<L> problem() {
		return Optional.ofNullable(left);
	}

}
