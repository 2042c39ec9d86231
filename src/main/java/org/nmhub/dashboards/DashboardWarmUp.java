package org.nmhub.dashboards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.nmhub.access.PartnershipRef;
import org.nmhub.access.Partnerships;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Works out the costly, slow-changing parts of the dashboards (neighbourhood shapes and
 * gap directions) in the background when the application starts, so that the first
 * visitor does not wait for them ({@code nmhub.dashboards.warm-up}, on by default).
 */
@Component
class DashboardWarmUp {

	private static final Logger log = LoggerFactory.getLogger(DashboardWarmUp.class);

	private final Partnerships partnerships;

	private final NeighbourhoodShapes shapes;

	private final GapDirections gaps;

	private final TaskExecutor executor;

	private final boolean enabled;

	DashboardWarmUp(Partnerships partnerships, NeighbourhoodShapes shapes, GapDirections gaps, TaskExecutor executor,
			@Value("${nmhub.dashboards.warm-up:true}") boolean enabled) {
		this.partnerships = partnerships;
		this.shapes = shapes;
		this.gaps = gaps;
		this.executor = executor;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (enabled) {
			executor.execute(this::warmUp);
		}
	}

	void warmUp() {
		long started = System.nanoTime();
		for (PartnershipRef partnership : partnerships.all()) {
			shapes.shapes(partnership.id());
			gaps.gaps(partnership);
		}
		log.info("Dashboards: shapes and gap directions worked out in {} ms",
				(System.nanoTime() - started) / 1_000_000);
	}

}
