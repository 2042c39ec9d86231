package org.nmhub.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Whole pages kept as the bytes sent, for read-mostly pages that are costly to render (a
 * neighbourhood profile, a dashboard): rendered once per user and state, then sent as
 * they are. A page is kept under everything it shows: the caller's key (which must name
 * the state of every input of the page's own content, e.g. the data version), the address
 * with its query, the signed-in user and their membership (the layout shows the user's
 * name, organisation, role and navigation) and the locale. The one part of a page that
 * differs on every request, the sign-out form's CSRF token, is cut out when the page is
 * kept and the request's own token put back each time. A page showing a one-off notice
 * (after a redirect) is never kept. Pages are dropped least recently used first once they
 * take more than {@code nmhub.rendered-pages.max-bytes} (32 MB by default).
 * docs/adr/0037.
 */
@Component
public class RenderedPages {

	private static final String HTML = "text/html;charset=UTF-8";

	private final ThymeleafViewResolver views;

	private final Cache<Key, Page> pages;

	RenderedPages(ThymeleafViewResolver views, @Value("${nmhub.rendered-pages.max-bytes:33554432}") long maxBytes) {
		this.views = views;
		this.pages = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((Key key, Page page) -> page.size()).build();
	}

	/**
	 * Sends the page of a view with this model, rendered or as kept. The caller's handler
	 * method returns nothing: the page is written here, straight from the kept bytes.
	 * @param key the state of every input of the page's own content (not the user: that
	 * is added here), as a value with equals and hashCode (a string, a record, a list of
	 * them): kept as it is, never turned into text on each request
	 */
	public void send(Object key, String view, Model model, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Locale locale = RequestContextUtils.getLocale(request);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String token = csrf == null ? null : csrf.getToken();
		Page page;
		if (model.getAttribute("notice") != null) {
			page = render(view, model.asMap(), locale, token, request, response);
		}
		else {
			Key k = new Key(key, view, request.getRequestURI(), request.getQueryString(),
					model.getAttribute("currentUser"), model.getAttribute("context"), locale);
			page = pages.get(k, x -> render(view, model.asMap(), locale, token, request, response));
		}
		page.writeTo(response, locale, token);
	}

	private Page render(String view, Map<String, Object> model, Locale locale, @Nullable String token,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			View resolved = Objects.requireNonNull(views.resolveViewName(view, locale), view);
			Captured captured = new Captured(response);
			resolved.render(model, request, captured);
			return Page.of(captured.text(), token);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + view, ex);
		}
	}

	private record Key(Object key, String view, String path, @Nullable String query, @Nullable Object user,
			@Nullable Object context, Locale locale) {
	}

	/** A rendered page in UTF-8, cut where the CSRF token was. */
	record Page(List<byte[]> parts, int size) {

		static Page of(String html, @Nullable String token) {
			List<byte[]> parts = new ArrayList<>();
			if (token == null || token.isEmpty()) {
				parts.add(html.getBytes(StandardCharsets.UTF_8));
			}
			else {
				int from = 0;
				for (int at = html.indexOf(token); at >= 0; at = html.indexOf(token, from)) {
					parts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
					from = at + token.length();
				}
				parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
			}
			return new Page(List.copyOf(parts), parts.stream().mapToInt(p -> p.length).sum());
		}

		/** Writes the page with this token in place of the one it was rendered with. */
		void writeTo(HttpServletResponse response, Locale locale, @Nullable String token) throws IOException {
			byte[] t = parts.size() == 1 ? new byte[0]
					: Objects.requireNonNull(token, "a page kept with a CSRF token needs one")
						.getBytes(StandardCharsets.UTF_8);
			response.setContentType(HTML);
			response.setLocale(locale);
			response.setContentLength(size + t.length * (parts.size() - 1));
			OutputStream out = response.getOutputStream();
			for (int i = 0; i < parts.size(); i++) {
				if (i > 0) {
					out.write(t);
				}
				out.write(parts.get(i));
			}
		}

	}

	/** A response whose body is kept as text instead of being sent. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter(64 * 1024);

		private final PrintWriter writer = new PrintWriter(text);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("a rendered page is written as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void flushBuffer() {
			writer.flush();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		String text() {
			writer.flush();
			return text.toString();
		}

	}

}
