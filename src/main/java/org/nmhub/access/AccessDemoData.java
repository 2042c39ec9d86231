package org.nmhub.access;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.nmhub.shared.AuditedChange;
import org.nmhub.shared.DemoFacts;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the two demo partnerships on first start: Leicestershire Together and Leicester
 * Partnership, their partner organisations as the seed documents name them
 * ({@code demo/seed-facts.json}), and one demo user per role per partnership. A
 * partnership that already exists is left as users changed it.
 * <p>
 * The demo users' password is documented in the README only; here it is kept as a hash.
 * In production mode every account that still has the demo password must change it at its
 * next sign-in, whenever and however it was created.
 */
@Component
@Order(10)
class AccessDemoData implements ApplicationRunner {

	/** bcrypt hash of the demo password given in the README's demo section. */
	static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$yaPbRrc19jcSq7/hElPxT.iGscHg6mddfYODSssGySNi4VEUl3cZy";

	private static final Logger log = LoggerFactory.getLogger(AccessDemoData.class);

	record DemoUser(String role, String mailbox, String displayName, String organisation, String district,
			String neighbourhood) {
	}

	/**
	 * One user per role per partnership; scopes use real districts and seed
	 * neighbourhoods.
	 */
	static final Map<String, List<DemoUser>> USERS = Map.of("leicestershire-together", List.of(
			new DemoUser("ADMINISTRATOR", "administrator", "Demo partnership administrator",
					"Leicestershire County Council", null, null),
			new DemoUser("PERFORMANCE_OFFICER", "performance", "Demo performance officer",
					"Leicestershire County Council", null, null),
			new DemoUser("DISTRICT_COORDINATOR", "coordinator", "Demo district coordinator (North West Leicestershire)",
					"North West Leicestershire District Council", "E07000134", null),
			new DemoUser("NEIGHBOURHOOD_MANAGER", "manager", "Demo neighbourhood manager (Greenhill)",
					"North West Leicestershire District Council", null, "greenhill"),
			new DemoUser("PARTNER_OFFICER", "partner", "Demo partner officer (Police)", "Police", null, null),
			new DemoUser("BOARD_MEMBER", "board", "Demo board member", "Leicestershire County Council", null, null)),
			"leicester-partnership",
			List.of(new DemoUser("ADMINISTRATOR", "administrator", "Demo partnership administrator",
					"Leicester City Council", null, null),
					new DemoUser("PERFORMANCE_OFFICER", "performance", "Demo performance officer",
							"Leicester City Council", null, null),
					new DemoUser("DISTRICT_COORDINATOR", "coordinator", "Demo city coordinator",
							"Leicester City Council", "E06000016", null),
					new DemoUser("NEIGHBOURHOOD_MANAGER", "manager", "Demo neighbourhood manager (Saffron)",
							"Leicester City Council", null, "saffron"),
					new DemoUser("PARTNER_OFFICER", "partner", "Demo partner officer (Police)", "Police", null, null),
					new DemoUser("BOARD_MEMBER", "board", "Demo board member", "Leicester City Council", null, null)));

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	private final boolean production;

	AccessDemoData(JdbcClient jdbc, ApplicationEventPublisher events, @Value("${nmhub.demo.enabled}") boolean enabled,
			@Value("${nmhub.mode}") String mode) {
		this.jdbc = jdbc;
		this.events = events;
		this.enabled = enabled;
		this.production = "production".equalsIgnoreCase(mode);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (production) {
			int forced = jdbc.sql("update users set must_change_password = true where password_hash = :hash")
				.param("hash", DEMO_PASSWORD_HASH)
				.update();
			if (forced > 0) {
				log.warn("{} accounts still use the demo password; each must change it at first sign-in", forced);
			}
		}
		if (!enabled) {
			return;
		}
		JsonNode facts = DemoFacts.read();
		for (JsonNode p : facts.get("partnerships")) {
			String slug = p.get("slug").asString();
			if (jdbc.sql("select count(*) from partnerships where slug = :slug")
				.param("slug", slug)
				.query(Long.class)
				.single() > 0) {
				continue;
			}
			long id = jdbc.sql("""
					insert into partnerships (slug, name, kind, area_code, description)
					values (:slug, :name, :kind, :areaCode, :description) returning id
					""")
				.param("slug", slug)
				.param("name", p.get("name").asString())
				.param("kind", p.get("kind").asString())
				.param("areaCode", p.get("areaCode").asString())
				.param("description", p.get("description").asString())
				.query(Long.class)
				.single();
			for (JsonNode o : facts.get("organisations")) {
				for (JsonNode member : o.get("partnerships")) {
					if (member.asString().equals(slug)) {
						long organisationId = organisation(o.get("name").asString(), o.get("type").asString());
						jdbc.sql("""
								insert into partnership_organisations (partnership_id, organisation_id)
								values (:p, :o) on conflict do nothing
								""").param("p", id).param("o", organisationId).update();
					}
				}
			}
			for (DemoUser user : USERS.getOrDefault(slug, List.of())) {
				addUser(id, slug, user);
			}
			events.publishEvent(new PartnershipCreated(new PartnershipId(id), slug,
					new AuditedChange(id, null, "NM Hub demo data", "created", "partnership", String.valueOf(id),
							"Loaded the demo partnership " + p.get("name").asString() + " from the seed documents",
							Map.of(), Map.of("slug", slug))));
			log.info("Loaded demo partnership {}", slug);
		}
	}

	private long organisation(String name, String type) {
		return jdbc.sql("""
				insert into organisations (name, type) values (:name, :type)
				on conflict (name) do update set name = excluded.name returning id
				""").param("name", name).param("type", type).query(Long.class).single();
	}

	private void addUser(long partnershipId, String slug, DemoUser user) {
		long organisationId = jdbc.sql("select id from organisations where name = :name")
			.param("name", user.organisation())
			.query(Long.class)
			.single();
		long userId = jdbc.sql("""
				insert into users (email, display_name, password_hash, organisation_id, must_change_password)
				values (:email, :name, :hash, :organisation, :mustChange) returning id
				""")
			.param("email", user.mailbox() + "@" + slug + ".example")
			.param("name", user.displayName())
			.param("hash", DEMO_PASSWORD_HASH)
			.param("organisation", organisationId)
			.param("mustChange", production)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into memberships (user_id, partnership_id, role, district_code, neighbourhood_keys)
				values (:user, :partnership, :role, :district, :neighbourhoods)
				""")
			.param("user", userId)
			.param("partnership", partnershipId)
			.param("role", user.role())
			.param("district", user.district())
			.param("neighbourhoods",
					user.neighbourhood() == null ? new String[0] : new String[] { user.neighbourhood() })
			.update();
	}

}
