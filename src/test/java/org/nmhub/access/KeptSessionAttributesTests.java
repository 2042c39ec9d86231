package org.nmhub.access;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session attributes read from the same stored bytes: the security context and CSRF
 * token are not deserialised again, but no caller can change what the next one reads;
 * anything else is read afresh each time.
 */
class KeptSessionAttributesTests {

	private final KeptSessionAttributes attributes = new KeptSessionAttributes();

	private final GenericConversionService conversion = attributes.conversionService();

	private byte[] stored(Object attribute) {
		return conversion.convert(attribute, byte[].class);
	}

	private static SecurityContext signedIn(String email) {
		User user = new User(email, "", AuthorityUtils.createAuthorityList("ROLE_USER"));
		return new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@Test
	void theSecurityContextReadAgainIsANewContextHoldingTheSameSignIn() {
		byte[] bytes = stored(signedIn("manager@leicestershire-together.example"));

		SecurityContext first = (SecurityContext) conversion.convert(bytes, Object.class);
		SecurityContext second = (SecurityContext) conversion.convert(bytes, Object.class);
		SecurityContext third = (SecurityContext) attributes.read(bytes.clone());

		assertThat(first).isNotSameAs(second).isNotSameAs(third).isEqualTo(second).isEqualTo(third);
		assertThat(second.getAuthentication().getName()).isEqualTo("manager@leicestershire-together.example");
		assertThat(third.getAuthentication()).isSameAs(second.getAuthentication());
		// Signing out empties the context it is given; the next request still reads the
		// sign-in
		// (and then finds the session gone from the database).
		second.setAuthentication(null);
		assertThat(((SecurityContext) attributes.read(bytes)).getAuthentication().getName())
			.isEqualTo("manager@leicestershire-together.example");
	}

	@Test
	void otherBytesAreAnotherSignIn() {
		SecurityContext manager = (SecurityContext) attributes
			.read(stored(signedIn("manager@leicestershire-together.example")));
		SecurityContext partner = (SecurityContext) attributes
			.read(stored(signedIn("partner@leicestershire-together.example")));

		assertThat(manager.getAuthentication().getName()).isEqualTo("manager@leicestershire-together.example");
		assertThat(partner.getAuthentication().getName()).isEqualTo("partner@leicestershire-together.example");
	}

	@Test
	void theCsrfTokenIsKeptAndMutableAttributesAreReadAfresh() {
		byte[] token = stored(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "a-token"));
		assertThat(attributes.read(token)).isEqualTo(attributes.read(token));
		assertThat(((CsrfToken) attributes.read(token)).getToken()).isEqualTo("a-token");

		FlashMap flash = new FlashMap();
		flash.put("notice", "Saved");
		byte[] flashes = stored(new ArrayList<>(List.of(flash)));
		@SuppressWarnings("unchecked")
		List<FlashMap> first = (List<FlashMap>) attributes.read(flashes);
		first.get(0).put("notice", "changed by a request");
		@SuppressWarnings("unchecked")
		List<FlashMap> second = (List<FlashMap>) attributes.read(flashes);

		assertThat(second).isNotSameAs(first);
		assertThat(second.get(0).get("notice")).isEqualTo("Saved");
	}

}
