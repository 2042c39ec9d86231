package org.nmhub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: when no external database URL is configured, NM Hub starts a real
 * PostgreSQL server in-process (zonky) whose data lives in
 * {@code ${nmhub.home-dir}/postgres}, so it persists across restarts.
 * <p>
 * One server is kept per data directory for the life of the JVM, so several Spring
 * contexts (as in the test suite) share it. The tests set
 * {@code nmhub.database.clean-on-start} so that each run starts from an empty cluster.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	@Bean
	DataSource dataSource(@Value("${nmhub.home-dir}") String dataDir, @Value("${nmhub.mode}") String mode,
			@Value("${nmhub.database.clean-on-start:false}") boolean clean,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
			@Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeout) {
		if ("production".equalsIgnoreCase(mode)) {
			throw new StartupProblem(
					"NM Hub is in production mode (NMHUB_MODE=production) but NMHUB_DB_URL is not set.",
					"Set NMHUB_DB_URL, NMHUB_DB_USERNAME and NMHUB_DB_PASSWORD to your PostgreSQL database, "
							+ "or unset NMHUB_MODE to run on the embedded database.");
		}
		Path directory = Path.of(dataDir, "postgres").toAbsolutePath().normalize();
		EmbeddedPostgres server = servers.computeIfAbsent(directory, d -> start(d, clean));
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setConnectionTimeout(connectionTimeout);
		dataSource.setPoolName("nmhub-embedded");
		return dataSource;
	}

	private static EmbeddedPostgres start(Path directory, boolean clean) {
		try {
			Files.createDirectories(directory.getParent());
		}
		catch (IOException ex) {
			throw new StartupProblem(
					"NM Hub cannot create its data directory " + directory.getParent() + ": " + ex.getMessage(),
					"Check that the directory is writable and the disk is not full, or set NMHUB_HOME.");
		}
		try {
			log.info("Starting the embedded PostgreSQL in {}", directory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", "100")
				.start();
			log.info("Embedded PostgreSQL is listening on port {}", server.getPort());
			return server;
		}
		catch (IOException | RuntimeException ex) {
			throw new StartupProblem("The embedded PostgreSQL could not start in " + directory + ": " + rootMessage(ex),
					"Check that the directory is writable, the disk is not full and no other NM Hub uses the same "
							+ "directory; or point NMHUB_DB_URL at an external PostgreSQL.");
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
