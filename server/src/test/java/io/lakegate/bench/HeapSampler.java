package io.lakegate.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.lakegate.bench.LakegateClient.Heap;

/** Samples the server's heap in the background and keeps the largest samples. */
final class HeapSampler implements AutoCloseable {

    private static final Heap NONE = new Heap(0, 0);

    private final AtomicReference<Heap> peak = new AtomicReference<>(NONE);
    private final Thread thread;

    HeapSampler(LakegateClient client, Duration interval) {
        thread = Thread.ofPlatform().name("heap-sampler").daemon().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Heap sample = client.heap();
                    peak.accumulateAndGet(sample, (a, b) -> new Heap(Math.max(a.usedBytes(), b.usedBytes()),
                            Math.max(a.liveBytes(), b.liveBytes())));
                    Thread.sleep(interval);
                }
            }
            catch (IOException | InterruptedException e) {
                // the server stopped or the sampling did: the benchmark's own calls report a stopped server
            }
        });
    }

    /** The peaks since the last call, or since sampling started. */
    Heap takePeak() {
        return peak.getAndSet(NONE);
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
