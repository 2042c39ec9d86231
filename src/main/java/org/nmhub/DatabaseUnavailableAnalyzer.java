package org.nmhub;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached, refuses the user or is out of space" at start-up
 * into Spring Boot's "APPLICATION FAILED TO START" report with what to do, instead of a
 * stack trace. Other SQL failures are left to the default report.
 */
class DatabaseUnavailableAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	DatabaseUnavailableAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String state = sqlState(cause);
		String url = environment.getProperty("spring.datasource.url", "");
		url = url.isEmpty() ? "the embedded database" : url.replaceAll("\\?.*$", "");
		if (state.startsWith("08") || state.isEmpty() && looksLikeConnection(cause)) {
			return new FailureAnalysis(
					"NM Hub cannot reach its PostgreSQL database (" + url + "): " + cause.getMessage(),
					"Check that PostgreSQL is running and reachable from this machine, and that NMHUB_DB_URL "
							+ "(jdbc:postgresql://host:port/database) is right. NM Hub will not start without it.",
					cause);
		}
		if (state.startsWith("28")) {
			return new FailureAnalysis("PostgreSQL refused NM Hub's user name or password: " + cause.getMessage(),
					"Check NMHUB_DB_USERNAME and NMHUB_DB_PASSWORD, and that the role may log in to the database.",
					cause);
		}
		if (state.equals("3D000")) {
			return new FailureAnalysis("The database named in NMHUB_DB_URL does not exist: " + cause.getMessage(),
					"Create it (createdb -O nmhub nmhub) or correct NMHUB_DB_URL.", cause);
		}
		if (state.startsWith("53")) {
			return new FailureAnalysis(
					"PostgreSQL is out of resources (disk full, out of memory or too many connections): "
							+ cause.getMessage(),
					"Free disk space on the database server or raise its limits (max_connections), then start NM Hub "
							+ "again. Nothing was changed.",
					cause);
		}
		return null;
	}

	private static String sqlState(SQLException ex) {
		for (SQLException e = ex; e != null; e = e.getNextException()) {
			if (e.getSQLState() != null) {
				return e.getSQLState();
			}
		}
		return "";
	}

	private static boolean looksLikeConnection(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
					|| t instanceof java.net.SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

}
