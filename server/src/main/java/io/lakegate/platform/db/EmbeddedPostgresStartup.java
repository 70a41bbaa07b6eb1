package io.lakegate.platform.db;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.lakegate.platform.LakegateProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL (when no {@code spring.datasource.url} is set) as soon as the application
 * context exists, so that the database boots while Spring prepares the rest of the application. The
 * server is stopped when the context is destroyed, also when its start fails half-way.
 */
public final class EmbeddedPostgresStartup implements ApplicationContextInitializer<ConfigurableApplicationContext>,
        DisposableBean {

    static final String BEAN_NAME = "embeddedPostgresStartup";

    private CompletableFuture<EmbeddedPostgresServer> server;

    /**
     * Starts the server at the very beginning of the refresh, before component scanning: by then every
     * initializer (tests add properties through them) has shaped the environment.
     */
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                start(context);
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            }
        });
    }

    private void start(ConfigurableApplicationContext context) {
        if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
            return;
        }
        LakegateProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("lakegate", LakegateProperties.class);
        LakegateProperties.EmbeddedPostgres settings = properties.embeddedPostgres();
        server = CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(properties.dataDir(),
                settings.port(), settings.runAsWhenRoot(), settings.startupTimeout()),
                task -> Thread.ofPlatform().name("embedded-postgres-start").daemon().start(task));
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, this);
        beans.registerDisposableBean(BEAN_NAME, this);
    }

    /** The running server, once it accepts connections. */
    EmbeddedPostgresServer await() {
        try {
            return server.get();
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded PostgreSQL started", e);
        }
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.thenAccept(EmbeddedPostgresServer::close).exceptionally(failure -> null).join();
        }
    }
}
