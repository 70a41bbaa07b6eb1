package io.lakegate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.lakegate.test.LakegateProcess;
import tools.jackson.databind.JsonNode;

/**
 * How soon access follows approval, and how fast shares are processed, against Lakegate as its own process in
 * demo mode: john's datasets, maria's team's consumption principals as requesters. See {@code bench/shares.sh}.
 */
public final class ShareBench {

    private static final int LATENCY_SHARES = 100;
    private static final int THROUGHPUT_DATASETS = 10;
    private static final int CLIENTS = 8;
    /** data.all: a share is processed by an ECS task minutes after approval. */
    private static final double AIM_P99_MILLIS = 1_000;

    private final LakegateProcess server = new LakegateProcess("share-bench");
    private String john;
    private String maria;
    private String science;
    private String analysis;

    public static void main(String[] arguments) throws Exception {
        ShareBench bench = new ShareBench();
        try {
            bench.run();
        }
        finally {
            bench.server.close();
        }
    }

    private void run() throws Exception {
        server.start(List.of("--lakegate.demo.enabled=true", "--logging.level.root=warn"));
        john = server.token("john", "demo");
        maria = server.token("maria", "demo");
        science = environment(john, "Data%20Science");
        analysis = environment(maria, "Data%20Analysis");

        List<Table> tables = tablesOf(dataset("latency", LATENCY_SHARES));
        List<Principal> principals = new ArrayList<>();
        for (int i = 0; i < LATENCY_SHARES; i++) {
            JsonNode created = server.call("POST", "/api/v1/environments/" + analysis + "/consumption-principals", maria,
                    "{\"name\":\"bench-%03d\",\"team\":\"DataAnalysisTeam\"}".formatted(i), 201);
            principals.add(new Principal(created.path("uri").asString(), created.path("token").asString()));
        }
        accessAfterApproval(tables, principals);
        throughput(principals);
    }

    record Principal(String uri, String token) {
    }

    record Table(String uri, String dataset) {
    }

    private void accessAfterApproval(List<Table> tables, List<Principal> principals) throws Exception {
        List<Double> afterAnswer = new ArrayList<>();
        List<Double> afterCall = new ArrayList<>();
        for (int i = 0; i < LATENCY_SHARES; i++) {
            Table table = tables.get(i);
            String share = openAndSubmit(table.dataset(), principals.get(i), "TABLE", table.uri());
            String preview = "/api/v1/tables/" + table.uri() + "/preview?limit=1";
            long called = System.nanoTime();
            server.call("POST", "/api/v1/shares/" + share + "/approve", john, null, 200);
            long answered = System.nanoTime();
            while (server.status("GET", preview, principals.get(i).token()) != 200) {
                Thread.onSpinWait();
            }
            long readable = System.nanoTime();
            afterAnswer.add((readable - answered) / 1e6);
            afterCall.add((readable - called) / 1e6);
        }
        System.out.printf("Access after approval, %d shares (first successful preview by the requester):%n", LATENCY_SHARES);
        line("from the approve call's answer", afterAnswer);
        line("from the approve call", afterCall);
    }

    private void throughput(List<Principal> principals) throws Exception {
        List<String> shares = Collections.synchronizedList(new ArrayList<>());
        List<String> datasets = new ArrayList<>();
        for (int d = 0; d < THROUGHPUT_DATASETS; d++) {
            String dataset = dataset("throughput" + d, 1);
            datasets.add(dataset);
            try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
                List<Future<?>> opened = new ArrayList<>();
                for (Principal principal : principals) {
                    opened.add(clients.submit(() -> shares.add(openAndSubmit(dataset, principal, "DATASET", dataset))));
                }
                for (Future<?> open : opened) {
                    open.get();
                }
            }
        }
        Instant started = Instant.now();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> approvals = new ArrayList<>();
            for (String share : shares) {
                approvals.add(clients.submit(() -> server.call("POST", "/api/v1/shares/" + share + "/approve?wait=false",
                        john, null, 200)));
            }
            for (Future<?> approval : approvals) {
                approval.get();
            }
        }
        Duration approving = Duration.between(started, Instant.now());
        while (processed(datasets) < shares.size()) {
            Thread.sleep(20);
        }
        Duration elapsed = Duration.between(started, Instant.now());
        System.out.printf("Processing throughput, %d shares approved by %d clients with wait=false:%n", shares.size(), CLIENTS);
        System.out.printf("  approve calls done after %.1f s; all %d processed after %.1f s: %.0f shares/s%n",
                approving.toMillis() / 1e3, shares.size(), elapsed.toMillis() / 1e3,
                shares.size() / (elapsed.toMillis() / 1e3));
    }

    /** A dataset of john's with {@code tables} one-file CSV tables, crawled; returns its uri. */
    private String dataset(String name, int tables) throws Exception {
        String uri = server.call("POST", "/api/v1/datasets", john, """
                {"environmentUri":"%s","name":"%s","ownerTeam":"DataScienceTeam","confidentiality":"UNCLASSIFIED",
                 "topics":["Bench"],"tags":["bench"]}""".formatted(science, name), 201).path("uri").asString();
        Path location = Path.of(server.call("GET", "/api/v1/datasets/" + uri, john, null, 200).path("storageLocation").asString());
        for (int i = 0; i < tables; i++) {
            Path directory = Files.createDirectories(location.resolve("tables/t%03d".formatted(i)));
            StringBuilder csv = new StringBuilder("id,amount\n");
            for (int row = 0; row < 100; row++) {
                csv.append(row).append(',').append(row * 1.5).append('\n');
            }
            Files.writeString(directory.resolve("part.csv"), csv);
        }
        String crawl = server.call("POST", "/api/v1/datasets/" + uri + "/crawls", john, "{\"prefix\":\"tables\"}", 202)
                .path("uri").asString();
        while (!server.call("GET", "/api/v1/datasets/" + uri + "/jobs/" + crawl, john, null, 200).path("status").asString()
                .equals("SUCCEEDED")) {
            Thread.sleep(50);
        }
        return uri;
    }

    private List<Table> tablesOf(String dataset) throws Exception {
        return server.call("GET", "/api/v1/datasets/" + dataset + "/tables", john, null, 200).valueStream()
                .map(table -> new Table(table.path("uri").asString(), dataset)).toList();
    }

    /** How many shares of the datasets are Processed. */
    private long processed(List<String> datasets) throws Exception {
        long processed = 0;
        for (String dataset : datasets) {
            processed += server.call("GET", "/api/v1/datasets/" + dataset + "/shares", john, null, 200).valueStream()
                    .filter(share -> share.path("status").asString().equals("PROCESSED")).count();
        }
        return processed;
    }

    private String openAndSubmit(String dataset, Principal principal, String type, String item) throws Exception {
        String share = server.call("POST", "/api/v1/shares", maria, """
                {"datasetUri":"%s","environmentUri":"%s","requesterTeam":"DataAnalysisTeam","consumptionPrincipalUri":"%s",
                 "items":[{"type":"%s","uri":"%s"}]}""".formatted(dataset, analysis, principal.uri(), type, item), 201)
                .path("uri").asString();
        server.call("POST", "/api/v1/shares/" + share + "/submit", maria, null, 200);
        return share;
    }

    private String environment(String token, String name) throws Exception {
        return server.call("GET", "/api/v1/environments?term=" + name, token, null, 200).path("items").get(0)
                .path("uri").asString();
    }

    private static void line(String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p99 = percentile(sorted, 99);
        System.out.printf("  %-32s p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (p99 / aim of %.0f ms: %.3f)%n", what,
                percentile(sorted, 50), p99, sorted[sorted.length - 1], AIM_P99_MILLIS, p99 / AIM_P99_MILLIS);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
