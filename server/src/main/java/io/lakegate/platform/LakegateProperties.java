package io.lakegate.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every Lakegate setting under {@code lakegate.*}. Defaults give a working embedded installation.
 *
 * @param publicUrl the address users reach Lakegate at, for links in mails; without it mails carry no links
 */
@ConfigurationProperties("lakegate")
public record LakegateProperties(
        @DefaultValue("./lakegate-data") Path dataDir,
        @DefaultValue("admins") String adminTeam,
        String adminPassword,
        @DefaultValue Auth auth,
        @DefaultValue Demo demo,
        @DefaultValue EmbeddedPostgres embeddedPostgres,
        @DefaultValue Tasks tasks,
        @DefaultValue Query query,
        @DefaultValue Datasets datasets,
        @DefaultValue Worksheets worksheets,
        URI publicUrl,
        @DefaultValue Mail mail) {

    public LakegateProperties {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public record Auth(
            @DefaultValue("PT8H") Duration tokenTtl,
            @DefaultValue("PT1S") Duration principalCacheTtl,
            String tokenSecret,
            @DefaultValue Oidc oidc) {
    }

    /**
     * The OIDC provider whose JWTs are accepted. With {@code clientId} too, the web UI offers single sign-on
     * (authorization code with PKCE, as a public client of that provider).
     */
    public record Oidc(
            String issuerUri,
            String clientId,
            @DefaultValue("groups") String teamsClaim,
            @DefaultValue("preferred_username") String usernameClaim,
            List<String> audiences) {
    }

    public record Demo(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("demo") String password) {
    }

    public record EmbeddedPostgres(
            @DefaultValue("0") int port,
            @DefaultValue("nobody") String runAsWhenRoot,
            @DefaultValue("PT60S") Duration startupTimeout) {
    }

    /**
     * Background tasks. An execution whose node stops heart-beating for {@code heartbeatInterval} times
     * {@code missedHeartbeats} is taken over by another node (or the same one after a restart).
     */
    public record Tasks(
            @DefaultValue("4") int threads,
            @DefaultValue("PT2S") Duration pollingInterval,
            @DefaultValue("PT5S") Duration heartbeatInterval,
            @DefaultValue("4") int missedHeartbeats) {
    }

    /**
     * The embedded query engine (DuckDB). Each sandbox is its own in-memory database with these limits;
     * {@code threads} 0 lets DuckDB use one per core. {@code spareDatabases} databases are kept opened ahead of need
     * (DuckDB takes about 10 ms to open one); 0 opens each when asked. Between a team's worksheet queries, at most
     * {@code warmSandboxes} sandboxes are kept open, each for {@code warmSandboxIdleTime} after its last query, so
     * that the team's next query over the same tables runs in a database that knows them already; 0 keeps none.
     */
    public record Query(
            @DefaultValue("2GB") String memoryLimit,
            @DefaultValue("0") int threads,
            @DefaultValue("PT60S") Duration statementTimeout,
            @DefaultValue("2") int spareDatabases,
            @DefaultValue("8") int warmSandboxes,
            @DefaultValue("PT1M") Duration warmSandboxIdleTime) {

        @ConstructorBinding
        public Query {
            if (spareDatabases < 0) {
                throw new IllegalArgumentException("lakegate.query.spare-databases must not be negative");
            }
            if (warmSandboxes < 0) {
                throw new IllegalArgumentException("lakegate.query.warm-sandboxes must not be negative");
            }
            if (warmSandboxIdleTime.isNegative() || warmSandboxIdleTime.isZero()) {
                throw new IllegalArgumentException("lakegate.query.warm-sandbox-idle-time must be positive");
            }
        }

        /** Without spare databases or warm sandboxes: for tests and benchmarks that open databases outside Spring. */
        public Query(String memoryLimit, int threads, Duration statementTimeout) {
            this(memoryLimit, threads, statementTimeout, 0, 0, Duration.ofMinutes(1));
        }
    }

    /**
     * Datasets. {@code importRoots} are directories outside every environment root from which an existing
     * directory may be imported as a dataset; inside an environment's root any directory may be.
     */
    public record Datasets(
            @DefaultValue List<Path> importRoots,
            @DefaultValue("PT15M") Duration syncInterval,
            @DefaultValue("50") int previewRows,
            @DefaultValue("1000") int maxPreviewRows) {

        public Datasets {
            importRoots = importRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        }
    }

    /**
     * Worksheet queries: at most {@code teamConcurrency} of a team's queries run at once, and at most
     * {@code maxRunning} of all teams' (the others wait in turn); an answer shows {@code displayRows} rows, a page of results at most {@code maxPageRows}; whole
     * results are kept for {@code resultRetention}, and a query whose result grows past {@code maxResultSize} (as
     * Parquet) is stopped.
     */
    public record Worksheets(
            @DefaultValue("2") int teamConcurrency,
            @DefaultValue("8") int maxRunning,
            @DefaultValue("100") int displayRows,
            @DefaultValue("1000") int maxPageRows,
            @DefaultValue("PT24H") Duration resultRetention,
            @DefaultValue("1GB") DataSize maxResultSize) {

        public Worksheets {
            if (teamConcurrency < 1 || maxRunning < 1) {
                throw new IllegalArgumentException(
                        "lakegate.worksheets.team-concurrency and max-running must be at least 1");
            }
        }
    }

    /** Notification mails, sent when {@code spring.mail.host} is set. */
    public record Mail(@DefaultValue("lakegate@localhost") String from) {
    }
}
