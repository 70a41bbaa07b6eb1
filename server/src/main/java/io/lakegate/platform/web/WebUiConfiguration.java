package io.lakegate.platform.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web UI (the {@code lakegate-ui} jar's {@code static/**}). Its hashed {@code /assets/**} are cached
 * for good; {@code index.html} is revalidated on every load, so a new release shows at once. Any other GET
 * that names no file and is not the API's answers {@code index.html}, so the UI's deep links work on reload.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration implements WebMvcConfigurer {

    private static final String STATIC = "classpath:/static/";
    private static final String[] SERVER_PATHS = {"api/", "actuator", "v3/", "swagger-ui", "error"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(STATIC + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(STATIC)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new ClientRoutes());
    }

    /** A path the UI's router handles: outside the server's own paths, with no file extension. */
    static boolean isClientRoute(String path) {
        for (String serverPath : SERVER_PATHS) {
            if (path.startsWith(serverPath)) {
                return false;
            }
        }
        return !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static final class ClientRoutes extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource resource = super.getResource(resourcePath, location);
            if (resource != null || !isClientRoute(resourcePath)) {
                return resource;
            }
            return super.getResource("index.html", location);
        }
    }
}
