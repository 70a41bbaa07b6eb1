package io.lakegate.identity.internal;

import java.util.List;

import io.lakegate.identity.CurrentPrincipal;
import io.lakegate.identity.Principal;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controller methods take the calling {@link Principal} as a parameter. */
@Configuration(proxyBeanMethods = false)
class PrincipalArgumentResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final CurrentPrincipal current;

    PrincipalArgumentResolver(CurrentPrincipal current) {
        this.current = current;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Principal.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        return current.get();
    }
}
