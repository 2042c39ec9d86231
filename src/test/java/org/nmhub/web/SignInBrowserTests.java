package org.nmhub.web;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nmhub.BrowserSupport;
import org.nmhub.access.Role;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

	static final String DEMO_PASSWORD = "demo-Partnership-2026";

	static final List<String> EVERYONES_NAVIGATION = List.of("Home", "Dashboard", "Neighbourhoods", "Plans",
			"Engagement", "Intelligence", "Partners", "Meetings", "Performance", "Funding", "Evaluation", "Indicators",
			"Selection", "Geography", "Toolkit");

	static final List<String> ADMINISTRATORS_NAVIGATION = java.util.stream.Stream
		.concat(EVERYONES_NAVIGATION.stream(), java.util.stream.Stream.of("Members", "Audit log", "Settings"))
		.toList();

	static final String WRONG_DETAILS = "Enter a correct email address and password";

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	static Stream<Arguments> demoUsers() {
		return Stream.of(
				Arguments.of("leicestershire-together", "administrator", Role.ADMINISTRATOR,
						"Demo partnership administrator"),
				Arguments.of("leicestershire-together", "performance", Role.PERFORMANCE_OFFICER,
						"Demo performance officer"),
				Arguments.of("leicestershire-together", "coordinator", Role.DISTRICT_COORDINATOR,
						"Demo district coordinator (North West Leicestershire)"),
				Arguments.of("leicestershire-together", "manager", Role.NEIGHBOURHOOD_MANAGER,
						"Demo neighbourhood manager (Greenhill)"),
				Arguments.of("leicestershire-together", "partner", Role.PARTNER_OFFICER,
						"Demo partner officer (Police)"),
				Arguments.of("leicestershire-together", "board", Role.BOARD_MEMBER, "Demo board member"),
				Arguments.of("leicester-partnership", "administrator", Role.ADMINISTRATOR,
						"Demo partnership administrator"),
				Arguments.of("leicester-partnership", "performance", Role.PERFORMANCE_OFFICER,
						"Demo performance officer"),
				Arguments.of("leicester-partnership", "coordinator", Role.DISTRICT_COORDINATOR,
						"Demo city coordinator"),
				Arguments.of("leicester-partnership", "manager", Role.NEIGHBOURHOOD_MANAGER,
						"Demo neighbourhood manager (Saffron)"),
				Arguments.of("leicester-partnership", "partner", Role.PARTNER_OFFICER, "Demo partner officer (Police)"),
				Arguments.of("leicester-partnership", "board", Role.BOARD_MEMBER, "Demo board member"));
	}

	@ParameterizedTest(name = "{1}@{0}")
	@MethodSource("demoUsers")
	void demoUserSignsInToTheirPartnershipHomeSeesTheirRolesNavigationAndSignsOut(String slug, String mailbox,
			Role role, String displayName) {
		browser.signIn(mailbox + "@" + slug + ".example", DEMO_PASSWORD);

		assertThat(browser.currentPath()).isEqualTo("/p/" + slug);
		assertThat(browser.text("h1")).isEqualTo("Welcome, " + displayName);
		assertThat(browser.text("[data-testid=role-purpose]"))
			.isEqualTo("As " + role.label().toLowerCase() + " you can " + role.purpose() + ".");
		assertThat(browser.texts("[data-testid=tasks] > li")).isNotEmpty();
		assertThat(browser.texts(".govuk-service-navigation__list a"))
			.containsExactlyElementsOf(role == Role.ADMINISTRATOR ? ADMINISTRATORS_NAVIGATION : EVERYONES_NAVIGATION);

		browser.press("Sign out");

		assertThat(browser.currentPath()).startsWith("/sign-in");
		assertThat(browser.text(".govuk-notification-banner--success")).contains("You have signed out");
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=signed-in-as]"))).isEmpty();
	}

	@Test
	void wrongPasswordShowsErrorSummaryAndStaysSignedOut() {
		browser.signIn("performance@leicester-partnership.example", "not-the-" + DEMO_PASSWORD);

		assertThat(browser.text(".govuk-error-summary")).contains("There is a problem").contains(WRONG_DETAILS);
		assertThat(browser.text("#email-error")).contains(WRONG_DETAILS);
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=signed-in-as]"))).isEmpty();

		browser.open("/p/leicester-partnership");

		assertThat(browser.currentPath()).startsWith("/sign-in");
	}

	@Test
	void unknownEmailGetsTheSameMessageAsWrongPassword() {
		browser.signIn("performance@leicester-partnership.example", "not-the-" + DEMO_PASSWORD);
		String wrongPasswordSummary = browser.text(".govuk-error-summary");

		browser.signIn("nobody@leicester-partnership.example", DEMO_PASSWORD);

		assertThat(browser.currentPath()).isEqualTo("/sign-in?error");
		assertThat(browser.text(".govuk-error-summary")).isEqualTo(wrongPasswordSummary).contains(WRONG_DETAILS);
		assertThat(browser.driver().findElements(By.cssSelector("[data-testid=signed-in-as]"))).isEmpty();
	}

}
