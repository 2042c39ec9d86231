package org.nmhub;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Optional read-replica routing (docs/adr/0029): when {@code NMHUB_REPLICA_URL} is set,
 * the application's DataSource becomes a {@link LazyConnectionDataSourceProxy} whose
 * read-only DataSource is a pool on the replica. A transaction marked
 * {@code @Transactional(readOnly = true)} (the reports) takes its connection from the
 * replica; everything else (writes, Flyway, sessions, the scheduler, work outside a
 * transaction) from the primary. Because the proxy fetches the physical connection only
 * at the first statement, the transaction's read-only flag is known by then.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${nmhub.replica.url:}'.isEmpty()")
class ReadReplicaConfiguration {

	@Bean
	static ReplicaRouting readReplicaRouting(Environment environment) {
		return new ReplicaRouting(environment);
	}

	/** Wraps the {@code dataSource} bean; closes both pools when the context closes. */
	static final class ReplicaRouting implements BeanPostProcessor, DisposableBean {

		private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

		private final Environment environment;

		private @Nullable HikariDataSource replica;

		private @Nullable DataSource primary;

		ReplicaRouting(Environment environment) {
			this.environment = environment;
		}

		/** The replica's own setting, or the primary's when the replica's is blank. */
		private String orPrimary(String replicaKey, String primaryKey) {
			String own = environment.getProperty(replicaKey, "");
			return own.isBlank() ? environment.getProperty(primaryKey, "") : own;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!"dataSource".equals(beanName) || !(bean instanceof DataSource dataSource)
					|| bean instanceof LazyConnectionDataSourceProxy) {
				return bean;
			}
			HikariDataSource pool = new HikariDataSource();
			pool.setPoolName("nmhub-replica");
			pool.setJdbcUrl(environment.getRequiredProperty("nmhub.replica.url"));
			pool.setUsername(orPrimary("nmhub.replica.username", "spring.datasource.username"));
			pool.setPassword(orPrimary("nmhub.replica.password", "spring.datasource.password"));
			pool.setMaximumPoolSize(environment.getProperty("nmhub.replica.pool-size", Integer.class,
					environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10)));
			pool.setConnectionTimeout(
					environment.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 5000L));
			pool.setReadOnly(true);
			pool.setInitializationFailTimeout(-1);
			LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(dataSource);
			routing.setReadOnlyDataSource(pool);
			this.replica = pool;
			this.primary = dataSource;
			log.info("Read-only transactions go to the read replica {}", pool.getJdbcUrl());
			return routing;
		}

		@Override
		public void destroy() throws Exception {
			if (replica != null) {
				replica.close();
			}
			if (primary instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}

	}

}
