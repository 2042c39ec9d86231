package org.nmhub.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 2.1, NIST SP 800-63B 5.1.1.2): 12 to 128
 * characters of any kind (spaces, punctuation and any Unicode letters are allowed, and
 * counted as the characters people see, not as bytes), not one of the 10,000 most common
 * passwords, nor one of them with digits or symbols added at either end, and not built
 * from the user's own e-mail address or partnership's name. No rules about mixing kinds
 * of character. See docs/adr/0033.
 */
final class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_LENGTH = 128;

	static final String EMPTY = "Enter a new password";

	static final String TOO_SHORT = "Your new password must be at least " + MINIMUM_LENGTH + " characters";

	static final String TOO_LONG = "Your new password must be " + MAXIMUM_LENGTH + " characters or fewer";

	static final String TOO_COMMON = "Your new password is too common. Choose one that is harder to guess, "
			+ "such as three random words";

	static final String OWN_DETAILS = "Your new password must not be your email address or your partnership's name";

	/** The list, one password a line in lower case; lines starting with # are notes. */
	static final String COMMON_PASSWORDS = "/access/common-passwords.txt";

	/** Context words shorter than this are not looked for inside a password. */
	private static final int SHORTEST_CONTEXT_WORD = 6;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * What is wrong with this new password for this user, as a message for the field;
	 * empty when it may be used.
	 * @param password the new password, exactly as typed
	 * @param email the user's e-mail address
	 * @param partnershipNames the names and URL names of the user's partnerships
	 */
	static Optional<String> problem(String password, String email, Collection<String> partnershipNames) {
		if (password.isBlank()) {
			return Optional.of(EMPTY);
		}
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			return Optional.of(TOO_SHORT);
		}
		if (length > MAXIMUM_LENGTH) {
			return Optional.of(TOO_LONG);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String core = stripEnds(lower);
		if (COMMON.contains(lower) || COMMON.contains(core) || COMMON.contains(core.replace(" ", ""))) {
			return Optional.of(TOO_COMMON);
		}
		if (isBuiltFrom(lower, core, email, partnershipNames)) {
			return Optional.of(OWN_DETAILS);
		}
		return Optional.empty();
	}

	/** How many passwords the list holds. */
	static int commonPasswords() {
		return COMMON.size();
	}

	private static boolean isBuiltFrom(String lower, String core, String email, Collection<String> partnershipNames) {
		String letters = lettersAndDigits(lower);
		String coreLetters = lettersAndDigits(core);
		String address = email.trim().toLowerCase(Locale.ROOT);
		int at = address.indexOf('@');
		Set<String> exact = new HashSet<>();
		Set<String> contained = new HashSet<>();
		contained.add(lettersAndDigits(address));
		if (at > 0) {
			exact.add(lettersAndDigits(address.substring(0, at)));
		}
		for (String name : partnershipNames) {
			contained.add(lettersAndDigits(name.toLowerCase(Locale.ROOT)));
		}
		exact.addAll(contained);
		exact.remove("");
		if (exact.contains(letters) || exact.contains(coreLetters)) {
			return true;
		}
		return contained.stream().filter(w -> w.length() >= SHORTEST_CONTEXT_WORD).anyMatch(letters::contains);
	}

	/** The password without digits, spaces and symbols at its start and end. */
	private static String stripEnds(String password) {
		int start = 0;
		int end = password.length();
		while (start < end && !Character.isLetter(password.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetter(password.charAt(end - 1))) {
			end--;
		}
		return password.substring(start, end);
	}

	private static String lettersAndDigits(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
			}
			Set<String> passwords = new HashSet<>(16_384);
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
			return Set.copyOf(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
