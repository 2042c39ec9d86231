package org.nmhub.partners;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Posts forms as a demo user, the way a browser would, for the partners tests. */
final class FormPosts {

	private FormPosts() {
	}

	/** Posts the names and values (in pairs) and returns the result. */
	static MvcResult post(MockMvc mvc, String user, String path, String... namesAndValues) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(user(user)).with(csrf());
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return mvc.perform(request).andReturn();
	}

	/**
	 * The page shown back (with its errors), or after a redirect the notice it carries.
	 */
	static String shown(MockMvc mvc, String user, String path, String... namesAndValues) throws Exception {
		MvcResult result = post(mvc, user, path, namesAndValues);
		Object notice = result.getFlashMap().get("notice");
		return result.getResponse().getContentAsString() + (notice == null ? "" : notice);
	}

}
