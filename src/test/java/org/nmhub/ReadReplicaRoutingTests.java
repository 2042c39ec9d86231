package org.nmhub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.nmhub.partners.SharingProtocols;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-replica routing with two databases: the test database as the primary and a second
 * embedded PostgreSQL as the "replica" (same schema, different rows). A read-only report
 * call is answered from the replica; a read-write transaction and work outside a
 * transaction go to the primary.
 */
@SpringBootTest
class ReadReplicaRoutingTests {

	static final long PARTNERSHIP_ONLY_ON_THE_REPLICA = 987_654_321L;

	static final long ORGANISATION_ONLY_ON_THE_REPLICA = 123_456_789L;

	static final EmbeddedPostgres replica = startReplica();

	@DynamicPropertySource
	static void replicaUrl(DynamicPropertyRegistry registry) {
		registry.add("nmhub.replica.url", () -> replica.getJdbcUrl("postgres", "postgres"));
		registry.add("nmhub.replica.username", () -> "postgres");
		registry.add("nmhub.replica.password", () -> "");
	}

	@AfterAll
	static void stopReplica() throws IOException {
		replica.close();
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SharingProtocols sharingProtocols;

	@Test
	void aReadOnlyReportIsAnsweredByTheReplicaAndWritesGoToThePrimary() {
		assertThat(dataSource).isInstanceOf(LazyConnectionDataSourceProxy.class);

		assertThat(sharingProtocols.currentSignatories(PARTNERSHIP_ONLY_ON_THE_REPLICA))
			.as("the read-only report saw the signature that exists only on the replica")
			.containsExactly(ORGANISATION_ONLY_ON_THE_REPLICA);

		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		TransactionTemplate readWrite = new TransactionTemplate(transactions);
		Integer readOnlyPort = readOnly.execute(tx -> port());
		Integer readWritePort = readWrite.execute(tx -> port());
		assertThat(readOnlyPort).isEqualTo(replica.getPort());
		assertThat(readWritePort).isNotEqualTo(replica.getPort());
		assertThat(port()).as("outside a transaction: the primary").isNotEqualTo(replica.getPort());
		Long onThePrimary = readWrite
			.execute(tx -> jdbc.sql("select count(*) from partner_protocol_signatures where organisation_id = :o")
				.param("o", ORGANISATION_ONLY_ON_THE_REPLICA)
				.query(Long.class)
				.single());
		assertThat(onThePrimary).as("the primary does not hold the replica's row").isZero();
	}

	private int port() {
		return jdbc.sql("select inet_server_port()").query(Integer.class).single();
	}

	/**
	 * A second server with NM Hub's schema and one signature the primary does not have.
	 */
	private static EmbeddedPostgres startReplica() {
		try {
			Path data = Path.of("target", "replica-test-pg").toAbsolutePath();
			FileSystemUtils.deleteRecursively(data);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(true)
				.start();
			Flyway.configure()
				.dataSource(server.getPostgresDatabase())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				// As a replica is filled by replication, not by the application: no
				// foreign-key triggers.
				s.execute("set session_replication_role = replica");
				s.execute(
						"insert into partner_sharing_protocols (partnership_id, title, version_label, effective_from) "
								+ "values (" + PARTNERSHIP_ONLY_ON_THE_REPLICA
								+ ", 'Replica protocol', 'v1', date '2008-04-01')");
				s.execute("insert into partner_protocol_signatures (partnership_id, protocol_id, organisation_id, "
						+ "signed_on, signed_by) select " + PARTNERSHIP_ONLY_ON_THE_REPLICA + ", id, "
						+ ORGANISATION_ONLY_ON_THE_REPLICA + ", date '2008-05-01', 'Replica test' "
						+ "from partner_sharing_protocols where partnership_id = " + PARTNERSHIP_ONLY_ON_THE_REPLICA);
			}
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
