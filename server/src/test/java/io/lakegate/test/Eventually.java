package io.lakegate.test;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something the server does in the background: a task run, a maintenance window turning ACTIVE. */
public final class Eventually {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration INTERVAL = Duration.ofMillis(100);

    private Eventually() {
    }

    /**
     * Asks {@code probe} until its answer satisfies {@code done} and returns that answer; fails after
     * 20 seconds, showing the last answer.
     */
    public static <T> T eventually(String what, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        T answer = probe.get();
        while (!done.test(answer)) {
            if (System.nanoTime() > deadline) {
                fail("Waited %d s for %s; last answer: %s", TIMEOUT.toSeconds(), what, answer);
            }
            try {
                Thread.sleep(INTERVAL);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            answer = probe.get();
        }
        return answer;
    }
}
