package org.nmhub.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.nmhub.access.PartnershipCreated;
import org.nmhub.access.PartnershipId;
import org.nmhub.access.Partnerships;
import org.nmhub.places.NeighbourhoodRef;
import org.nmhub.places.Places;
import org.nmhub.shared.Confidentiality;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every new partnership gets the seven blocks of the 2006 Local Area Agreement as its
 * intelligence categories. With demo data on, three illustrative items are recorded in
 * Greenhill from the issues the 2008 review names there, one of them closed with an
 * outcome so that "you said, we did" has something to show.
 */
@Component
@Order(45)
class IntelligenceDemoData implements ApplicationRunner {

	static final String LAA = "seeds/004_80ac01b5994f4d08.txt (Leicestershire Together Board, 3 July 2006, LAA progress report), Appendix 5: the LAA blocks";

	static final List<String[]> THEMES = List.of(
			new String[] { "children-and-young-people", "Children and young people" },
			new String[] { "safer-communities", "Safer communities" },
			new String[] { "stronger-communities", "Stronger communities" },
			new String[] { "healthier-communities", "Healthier communities" },
			new String[] { "older-people", "Older people" },
			new String[] { "economic-development", "Economic development" },
			new String[] { "cleaner-and-greener", "Cleaner and greener" });

	static final String REVIEW = "Illustrative item based on seeds/000_b7606b5f9b87090c.txt (2008 review) para 4.46";

	private final ItemRepository items;

	private final JdbcClient jdbc;

	private final Places places;

	private final Partnerships partnerships;

	private final boolean enabled;

	IntelligenceDemoData(ItemRepository items, JdbcClient jdbc, Places places, Partnerships partnerships,
			@Value("${nmhub.demo.enabled}") boolean enabled) {
		this.items = items;
		this.jdbc = jdbc;
		this.places = places;
		this.partnerships = partnerships;
		this.enabled = enabled;
	}

	@EventListener
	void on(PartnershipCreated created) {
		for (String[] theme : THEMES) {
			items.insertCategory(created.partnershipId().value(), theme[0], theme[1], LAA);
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		PartnershipId partnership = partnerships.findBySlug("leicestershire-together").map(p -> p.id()).orElse(null);
		if (partnership == null
				|| jdbc.sql("select count(*) from intelligence_items where partnership_id = :p and illustrative")
					.param("p", partnership.value())
					.query(Long.class)
					.single() > 0) {
			return;
		}
		NeighbourhoodRef greenhill = places.neighbourhood(partnership, "greenhill").orElse(null);
		Long police = partnerships.organisations(partnership)
			.stream()
			.filter(o -> o.name().equals("Police"))
			.map(o -> o.id())
			.findFirst()
			.orElse(null);
		if (greenhill == null || police == null) {
			return;
		}
		ItemRepository.Stored litter = item(partnership, greenhill, "cleaner-and-greener",
				"Dog fouling and litter on the paths by the shops (illustrative)", Confidentiality.PUBLIC,
				SourceType.RESIDENT, LocalDate.of(2008, 5, 14), null);
		items.close(partnership.value(), litter.id(),
				"Extra litter picks and dog-fouling patrols arranged by the district council (illustrative)",
				LocalDate.of(2008, 7, 1));
		item(partnership, greenhill, "children-and-young-people",
				"Residents ask for more activities for young people in the evenings (illustrative)",
				Confidentiality.PARTNERS, SourceType.COUNCILLOR, LocalDate.of(2008, 6, 2), null);
		ItemRepository.Stored asb = item(partnership, greenhill, "safer-communities",
				"Groups gathering late at night near the community centre (illustrative)", Confidentiality.RESTRICTED,
				SourceType.PARTNER_OFFICER, LocalDate.of(2008, 6, 20), police);
		items.name(partnership.value(), asb.id(), Set.of(police));
	}

	private ItemRepository.Stored item(PartnershipId partnership, NeighbourhoodRef neighbourhood, String category,
			String title, Confidentiality grade, SourceType source, LocalDate on, Long organisation) {
		long categoryId = jdbc.sql("select id from intelligence_categories where partnership_id = :p and key = :k")
			.param("p", partnership.value())
			.param("k", category)
			.query(Long.class)
			.single();
		return items.insert(new ItemRepository.NewItem(partnership.value(), ItemKind.CONCERN, categoryId, title,
				REVIEW + ": " + "the issues residents raised in North West Leicestershire.", grade, source, on, null,
				null, "Greenhill", null, null, null, neighbourhood.id(), ItemStatus.OPEN, null, true, null,
				organisation, "NM Hub demo data"));
	}

}
