package org.nmhub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.util.FileSystemUtils;

/**
 * A throwaway PostgreSQL cluster of the given programs' own version on loopback, for the
 * restore drill when the machine's pg_dump is older than the embedded server. As root
 * (CI), the server runs as the {@code postgres} user, as PostgreSQL requires.
 */
final class ScratchCluster implements AutoCloseable {

	final int port;

	private final Path bin;

	private final Path directory;

	private final boolean asPostgresUser;

	private ScratchCluster(Path bin, Path directory, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.directory = directory;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	static ScratchCluster start(Path bin) throws Exception {
		boolean root = "root".equals(System.getProperty("user.name"));
		Path directory = Files.createTempDirectory("nmhub-scratch-pg");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ScratchCluster cluster = new ScratchCluster(bin, directory, port, root);
		if (root) {
			cluster.run(List.of("chown", "postgres", directory.toString()), false);
		}
		Path data = directory.resolve("data");
		cluster.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "nmhub", "--auth=trust",
				"-E", "UTF8", "--no-locale"), true);
		cluster.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
				directory.resolve("log").toString(), "-o",
				"-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start"), true);
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "nmhub",
				""); Statement s = c.createStatement()) {
			s.execute("create database nmhub");
		}
		return cluster;
	}

	/**
	 * NM Hub's migrations, then a copy of every ordinary table's rows from {@code source}
	 * (partitions and partitioned parents are left out: their rows live in tables the
	 * application creates per import).
	 */
	void migrateAndCopyFrom(DataSource source) throws SQLException, IOException {
		Flyway.configure().dataSource(url(), "nmhub", "").locations("classpath:db/migration").load().migrate();
		try (Connection from = source.getConnection();
				Connection to = DriverManager.getConnection(url(), "nmhub", "")) {
			to.setAutoCommit(false);
			try (Statement s = to.createStatement()) {
				s.execute("set session_replication_role = replica");
			}
			List<String> tables = new ArrayList<>();
			try (var rs = from.createStatement()
				.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
						+ "where n.nspname = 'public' and c.relkind = 'r' and not c.relispartition "
						+ "and c.relname <> 'flyway_schema_history' order by 1")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			CopyManager out = from.unwrap(PGConnection.class).getCopyAPI();
			CopyManager in = to.unwrap(PGConnection.class).getCopyAPI();
			Path buffer = Files.createTempFile(directory.getFileName().toString(), ".copy");
			try {
				for (String table : tables) {
					if (!exists(to, table)) {
						continue;
					}
					try (OutputStream file = Files.newOutputStream(buffer)) {
						out.copyOut("copy \"" + table + "\" to stdout", file);
					}
					try (InputStream file = Files.newInputStream(buffer)) {
						in.copyIn("copy \"" + table + "\" from stdin", file);
					}
				}
			}
			finally {
				Files.deleteIfExists(buffer);
			}
			to.commit();
		}
	}

	private static boolean exists(Connection connection, String table) throws SQLException {
		try (var statement = connection.prepareStatement("select to_regclass(?) is not null")) {
			statement.setString(1, "public.\"" + table + "\"");
			try (var rs = statement.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	private String url() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/nmhub";
	}

	private void run(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asServerUser && asPostgresUser) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
		}
	}

	@Override
	public void close() throws Exception {
		try {
			run(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-m", "immediate",
					"-w", "stop"), true);
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

}
