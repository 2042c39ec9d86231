package org.nmhub.intelligence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;
import org.nmhub.access.PublicPage;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What residents see without signing in: the "tell us" form, whose reports go unverified
 * into the neighbourhood's inbox, and "you said, we did" for a neighbourhood, which shows
 * public items with their outcomes and nothing else.
 */
@Controller
@PublicPage
class PublicIntelligenceController {

	static final String TELL_US_VIEW = "intelligence/tell-us";

	static final String THANKS_VIEW = "intelligence/thanks";

	static final String YOU_SAID_VIEW = "intelligence/you-said";

	private final CommunityIntelligence intelligence;

	private final IntelligenceQueries queries;

	private final Partnerships partnerships;

	private final Places places;

	PublicIntelligenceController(CommunityIntelligence intelligence, IntelligenceQueries queries,
			Partnerships partnerships, Places places) {
		this.intelligence = intelligence;
		this.queries = queries;
		this.partnerships = partnerships;
		this.places = places;
	}

	private PartnershipRef partnership(String slug) {
		return partnerships.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/public/{partnership}/tell-us")
	String tellUs(@PathVariable String partnership, Model model) {
		return form(partnership(partnership), TellUsForm.empty(), Map.of(), model);
	}

	@PostMapping("/public/{partnership}/tell-us")
	String submit(@PathVariable String partnership, @RequestParam Map<String, String> params,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PartnershipRef owner = partnership(partnership);
		model.addAttribute("partnership", owner);
		if (!intelligence.admit(clientKey(request, owner))) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("reference", null);
			model.addAttribute("tooMany", true);
			return THANKS_VIEW;
		}
		TellUsForm form = TellUsForm.of(params);
		model.addAttribute("tooMany", false);
		if (form.isRobot()) {
			model.addAttribute("reference", null);
			return THANKS_VIEW;
		}
		CommunityIntelligence.Submitted submitted = intelligence.submit(owner, form);
		if (submitted.reference() == null) {
			return form(owner, form, submitted.problems(), model);
		}
		model.addAttribute("reference", submitted.reference());
		return THANKS_VIEW;
	}

	private String form(PartnershipRef partnership, TellUsForm form, Map<String, String> problems, Model model) {
		model.addAttribute("partnership", partnership);
		model.addAttribute("values", form.values());
		model.addAttribute("problems", problems);
		model.addAttribute("neighbourhoods",
				places.neighbourhoods(partnership.id()).stream().map(n -> new Option(n.key(), n.name())).toList());
		model.addAttribute("categories",
				intelligence.categories(partnership.id()).stream().map(c -> new Option(c.key(), c.name())).toList());
		return TELL_US_VIEW;
	}

	@GetMapping("/public/{partnership}/neighbourhoods/{key}/you-said-we-did")
	String youSaid(@PathVariable String partnership, @PathVariable String key, Model model) {
		PartnershipRef owner = partnership(partnership);
		NeighbourhoodRef neighbourhood = places.neighbourhood(owner.id(), key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("partnership", owner);
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("outcomes", queries.publicOutcomes(owner.id().value(), neighbourhood.id()));
		return YOU_SAID_VIEW;
	}

	/**
	 * The client, as a hash of its address and the partnership: enough to count its
	 * submissions without keeping its address.
	 */
	static String clientKey(HttpServletRequest request, PartnershipRef partnership) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((partnership.slug() + "|" + request.getRemoteAddr()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
