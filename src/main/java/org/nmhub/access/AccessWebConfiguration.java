package org.nmhub.access;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the partnership gate and lets controllers take {@link PartnershipContext},
 * {@link CurrentUser} or (on public pages) {@link PartnershipRef} as parameters.
 */
@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

	private final CurrentUsers currentUsers;

	private final PartnershipRepository partnerships;

	AccessWebConfiguration(CurrentUsers currentUsers, PartnershipRepository partnerships) {
		this.currentUsers = currentUsers;
		this.partnerships = partnerships;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PartnershipInterceptor(currentUsers, partnerships));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ContextResolver());
	}

	private final class ContextResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			Class<?> type = parameter.getParameterType();
			return type == PartnershipContext.class || type == CurrentUser.class || type == PartnershipRef.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
				WebDataBinderFactory binders) {
			Class<?> type = parameter.getParameterType();
			if (type == CurrentUser.class) {
				return currentUsers.current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
			}
			if (type == PartnershipRef.class) {
				Object ref = request.getAttribute(PartnershipInterceptor.PUBLIC_PARTNERSHIP,
						RequestAttributes.SCOPE_REQUEST);
				if (ref != null) {
					return ref;
				}
			}
			Object context = request.getAttribute(PartnershipContext.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			if (context == null) {
				throw new IllegalStateException(parameter.getMethod() + " is not under /p/{partnership}");
			}
			return type == PartnershipRef.class ? ((PartnershipContext) context).partnership() : context;
		}

	}

}
