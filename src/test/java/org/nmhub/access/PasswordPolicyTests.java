package org.nmhub.access;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nmhub.DemoUsers;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final String EMAIL = "jo.bloggs@melton.gov.uk";

	private static final List<String> PARTNERSHIPS = List.of("Leicestershire Together", "leicestershire-together");

	private static String problem(String password) {
		return PasswordPolicy.problem(password, EMAIL, PARTNERSHIPS).orElse("none");
	}

	@Test
	void acceptsTheDemoPasswordForEveryDemoUser() {
		for (String mailbox : List.of("administrator", "performance", "coordinator", "manager", "partner", "board")) {
			for (String partnership : List.of(DemoUsers.COUNTY, DemoUsers.CITY)) {
				String name = partnership.equals(DemoUsers.COUNTY) ? "Leicestershire Together"
						: "Leicester Partnership";
				assertThat(PasswordPolicy.problem(DemoUsers.PASSWORD, DemoUsers.email(mailbox, partnership),
						List.of(name, partnership)))
					.as(mailbox + "@" + partnership)
					.isEmpty();
			}
		}
	}

	@Test
	void needsAtLeastTwelveCharacters() {
		assertThat(problem("blue-kettle")).isEqualTo("Your new password must be at least 12 characters");
		assertThat(problem("blue-kettles")).isEqualTo("none");
	}

	@Test
	void allowsUpTo128CharactersAndNoMore() {
		assertThat(problem("a rambling sentence ".repeat(7).substring(0, 128))).isEqualTo("none");
		assertThat(problem("a rambling sentence ".repeat(7).substring(0, 129)))
			.isEqualTo("Your new password must be 128 characters or fewer");
	}

	@Test
	void countsCharactersAsPeopleSeeThemNotAsBytesOrUtf16Units() {
		String twelveEmoji = "🐑🐄🐖🐓🦆🐐🐕🐈🐇🦔🦊🦡";
		assertThat(twelveEmoji.length()).isEqualTo(24);
		assertThat(problem(twelveEmoji)).isEqualTo("none");
		assertThat(problem("🐑".repeat(129))).isEqualTo("Your new password must be 128 characters or fewer");
		assertThat(problem("🐑".repeat(11))).isEqualTo("Your new password must be at least 12 characters");
	}

	@Test
	void allowsSpacesPunctuationAndAnyLetters() {
		assertThat(problem("correct horse battery staple")).isEqualTo("none");
		assertThat(problem("Llanfair pwllgwyngyll")).isEqualTo("none");
		assertThat(problem("Ŵyn bach ar y bryn – ŵyn")).isEqualTo("none");
		assertThat(problem("żółć gęślą jaźń")).isEqualTo("none");
	}

	@Test
	void refusesEmptyOrBlankPasswords() {
		assertThat(problem("")).isEqualTo("Enter a new password");
		assertThat(problem("              ")).isEqualTo("Enter a new password");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(PasswordPolicy.commonPasswords()).isEqualTo(10_000);
		assertThat(problem("qwertyuiopasdfgh")).isEqualTo("none");
		assertThat(problem("1q2w3e4r5t6y")).startsWith("Your new password is too common");
		assertThat(problem("QAZWSXEDCRFV")).startsWith("Your new password is too common");
		assertThat(problem("iloveyou2")).startsWith("Your new password must be at least 12 characters");
	}

	@Test
	void refusesCommonPasswordsWithDigitsOrSymbolsAddedAtTheEnds() {
		assertThat(problem("Password1234")).startsWith("Your new password is too common");
		assertThat(problem("password123456!")).startsWith("Your new password is too common");
		assertThat(problem("!!2026Football")).startsWith("Your new password is too common");
		assertThat(problem("Liverpool 2026!")).startsWith("Your new password is too common");
		assertThat(problem("sunshine sunshine")).isEqualTo("none");
	}

	@Test
	void refusesTheUsersOwnEmailAddressAndPartnershipName() {
		String own = "Your new password must not be your email address or your partnership's name";
		assertThat(problem("jo.bloggs@melton.gov.uk")).isEqualTo(own);
		assertThat(problem("JoBloggs@Melton.gov.uk2026")).isEqualTo(own);
		assertThat(problem("jo.bloggs!2026!!")).isEqualTo(own);
		assertThat(problem("Leicestershire Together")).isEqualTo(own);
		assertThat(problem("leicestershire-together-2026")).isEqualTo(own);
		assertThat(problem("my leicestershire together password")).isEqualTo(own);
		assertThat(problem("jo bloggs walks the dog")).isEqualTo("none");
	}

	@Test
	void newPasswordsAreHashedWholeUpTo128CharactersAndDemoHashesStillMatch() {
		PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();
		String longest = "é".repeat(128);
		String hash = encoder.encode(longest);
		assertThat(hash).startsWith("{" + SecurityConfiguration.NEW_PASSWORD_HASH + "}");
		assertThat(encoder.matches(longest, hash)).isTrue();
		assertThat(encoder.matches("é".repeat(127) + "e", hash)).as("the 128th character counts").isFalse();
		assertThat(encoder.matches(DemoUsers.PASSWORD, AccessDemoData.DEMO_PASSWORD_HASH)).isTrue();
	}

}
