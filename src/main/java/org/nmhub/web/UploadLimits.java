package org.nmhub.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.util.WebUtils;

/**
 * Uploads over {@code spring.servlet.multipart.*} limits get the "file is too large" page
 * with status 413, whatever page they were sent to. The multipart body is parsed here,
 * before Spring Security, as Spring Security's guide for multipart forms suggests:
 * otherwise its CSRF check is the first to read the body, finds no token in a body Tomcat
 * refused to parse, and answers "your form has expired". A body whose declared length is
 * over the limit is refused without being read; Tomcat then reads and drops up to
 * {@code server.tomcat.max-swallow-size} of it so that the browser gets the page rather
 * than a broken connection.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilter(MultipartResolver multipartResolver,
			@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(multipartResolver, maxRequestSize.toBytes()));
		// After the character-encoding and session filters, before Spring Security's
		// chain.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	static final class UploadLimitFilter extends OncePerRequestFilter {

		private final MultipartResolver resolver;

		private final long maxRequestBytes;

		UploadLimitFilter(MultipartResolver resolver, long maxRequestBytes) {
			this.resolver = resolver;
			this.maxRequestBytes = maxRequestBytes;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
					|| !resolver.isMultipart(request)
					|| WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null) {
				chain.doFilter(request, response);
				return;
			}
			if (maxRequestBytes >= 0 && request.getContentLengthLong() > maxRequestBytes) {
				tooLarge(request, response, new MaxUploadSizeExceededException(maxRequestBytes));
				return;
			}
			MultipartHttpServletRequest multipart;
			try {
				multipart = resolver.resolveMultipart(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				tooLarge(request, response, ex);
				return;
			}
			catch (MultipartException ex) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			try {
				chain.doFilter(multipart, response);
			}
			finally {
				resolver.cleanupMultipart(multipart);
			}
		}

		/**
		 * Sends the 413 page. The exception is left where the error dispatch looks, so
		 * that the DispatcherServlet does not try to parse the body again (and fail with
		 * an empty page) while rendering it.
		 */
		private static void tooLarge(HttpServletRequest request, HttpServletResponse response,
				MaxUploadSizeExceededException failure) throws IOException {
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		}

	}

}
