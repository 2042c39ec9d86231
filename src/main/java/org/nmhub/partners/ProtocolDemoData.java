package org.nmhub.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.nmhub.access.PartnershipCreated;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Illustrative information-sharing protocol versions and signatures for the demo
 * partnerships. The seeds say information sharing "has been a strength and should be
 * further developed to ensure it is effective across all partners" (seed 000, 4.47) but
 * give no protocol, so every record here is marked illustrative.
 */
@Component
class ProtocolDemoData {

	record Version(String label, LocalDate from, String summary, Map<String, LocalDate> signatories) {
	}

	static final String TITLE = "Information-sharing protocol (illustrative)";

	static final Map<String, List<Version>> VERSIONS = Map.of("leicestershire-together", List.of(new Version("1.0",
			LocalDate.of(2007, 4, 1),
			"Illustrative text, not from the partnership's records. Partners share community intelligence about "
					+ "the priority neighbourhoods with Neighbourhood Action Teams for the purpose of tackling the "
					+ "issues in the Neighbourhood Action Plan; personal data only where the law allows.",
			Map.of("Leicestershire County Council", LocalDate.of(2007, 4, 2), "Police", LocalDate.of(2007, 4, 20),
					"Leicestershire PCT", LocalDate.of(2007, 6, 1), "North West Leicestershire District Council",
					LocalDate.of(2007, 5, 14))),
			new Version("2.0", LocalDate.of(2008, 10, 1),
					"Illustrative text, not from the partnership's records. Version 1.0 extended to all partners, as "
							+ "the 2008 review recommended that information sharing be effective across all partners "
							+ "(seed 000, 4.47): adds the voluntary sector NAT co-ordinators and the district councils.",
					Map.of("Leicestershire County Council", LocalDate.of(2008, 9, 15), "Police",
							LocalDate.of(2008, 9, 22), "North West Leicestershire District Council",
							LocalDate.of(2008, 10, 6), "NWL CVS", LocalDate.of(2008, 10, 20),
							"Charnwood District Council", LocalDate.of(2008, 11, 3)))),
			"leicester-partnership",
			List.of(new Version("1.0", LocalDate.of(2008, 4, 1),
					"Illustrative text, not from the partnership's records. Partners share community intelligence "
							+ "about the neighbourhood management areas with the neighbourhood managers.",
					Map.of("Leicester City Council", LocalDate.of(2008, 3, 20), "Police", LocalDate.of(2008, 3, 27)))));

	private final JdbcClient jdbc;

	private final boolean enabled;

	ProtocolDemoData(JdbcClient jdbc, @Value("${nmhub.demo.enabled}") boolean enabled) {
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@EventListener
	void on(PartnershipCreated created) {
		if (!enabled) {
			return;
		}
		long partnership = created.partnershipId().value();
		for (Version version : VERSIONS.getOrDefault(created.slug(), List.of())) {
			long id = jdbc
				.sql("""
						insert into partner_sharing_protocols (partnership_id, title, version_label, effective_from, summary, illustrative)
						values (:p, :title, :label, :from, :summary, true) returning id
						""")
				.param("p", partnership)
				.param("title", TITLE)
				.param("label", version.label())
				.param("from", version.from())
				.param("summary", version.summary())
				.query(Long.class)
				.single();
			version.signatories()
				.forEach((organisation, on) -> jdbc
					.sql("""
							insert into partner_protocol_signatures (partnership_id, protocol_id, organisation_id, signed_on, signed_by, illustrative)
							select :p, :v, o.id, :on, 'Chief officer (illustrative)', true
							from organisations o join partnership_organisations po on po.organisation_id = o.id and po.partnership_id = :p
							where o.name = :name
							""")
					.param("p", partnership)
					.param("v", id)
					.param("on", on)
					.param("name", organisation)
					.update());
		}
	}

}
