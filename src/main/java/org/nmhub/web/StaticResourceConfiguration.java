package org.nmhub.web;

import java.util.List;

import org.webjars.WebJarVersionLocator;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files, each under its own path (Spring Boot's catch-all {@code /**} mapping is
 * switched off): otherwise every link on every page is first looked up as a file in the
 * jar, which cost more than the rest of a profile page. GOV.UK Frontend's images and
 * fonts are served at {@code /assets/}, where its stylesheet expects them; webjars at
 * {@code /webjars/} without their version in the URL.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	private static final String ASSETS = "/assets/";

	private static final String WEBJARS = "/webjars/";

	private static final String CSS = "/css/";

	private static final String JS = "/js/";

	private static final String FAVICON = "/favicon.ico";

	/**
	 * The paths of static files, as the handlers below are registered: no controller path
	 * starts like these (web.RequestAdmission never queues them).
	 */
	static final List<String> PATHS = List.of(ASSETS, WEBJARS, CSS, JS, FAVICON);

	private static final CacheControl ONE_HOUR = CacheControl.maxAge(java.time.Duration.ofHours(1));

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Looked up before the controllers, whose paths never start like these: otherwise
		// each file request is first tried against every controller mapping, twice (the
		// search, then the search for a near miss), which cost about a fifth of serving
		// it.
		registry.setOrder(-1);
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler(ASSETS + "**")
			.addResourceLocations(
					"classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/")
			.setCacheControl(ONE_HOUR)
			.resourceChain(true);
		registry.addResourceHandler(WEBJARS + "**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(ONE_HOUR)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler(CSS + "**", JS + "**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/")
			.setCacheControl(ONE_HOUR)
			.resourceChain(true);
		registry.addResourceHandler(FAVICON)
			.addResourceLocations(
					"classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/images/")
			.setCacheControl(ONE_HOUR);
	}

}
