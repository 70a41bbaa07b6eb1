package io.lakegate.query;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs the engine's work on platform threads. DuckDB works in native code, which pins a virtual thread to its carrier
 * for as long as a call lasts: a few slow previews on request threads (virtual ones) would stall every request of
 * the server. Work asked for on a virtual thread is handed to a platform thread while the virtual thread waits,
 * unmounted; work asked for on a platform thread runs where it is.
 */
final class EngineThreads {

    /** Threads made as needed and ended after a minute unused. */
    private static final ExecutorService PLATFORM_THREADS = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("query-engine-", 0).daemon().factory());

    private EngineThreads() {
    }

    /** {@code work}'s answer, or what it threw. The calling thread's interrupt waits for the work to end. */
    static <T> T call(Supplier<T> work) {
        if (!Thread.currentThread().isVirtual()) {
            return work.get();
        }
        Future<T> running = PLATFORM_THREADS.submit(work::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return running.get();
                }
                catch (InterruptedException e) {
                    // the engine cannot be interrupted: the work ends by its time limit or a cancel
                    interrupted = true;
                }
                catch (ExecutionException e) {
                    switch (e.getCause()) {
                        case RuntimeException failure -> throw failure;
                        case Error failure -> throw failure;
                        default -> throw new IllegalStateException(e.getCause());
                    }
                }
            }
        }
        finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
