package io.lakegate.query;

import java.nio.file.Path;

/**
 * A sandbox taken from {@link WarmSandboxes} for one query: run it with {@link #sandbox()}, store its result as
 * {@link #resultFile}, and close this to give the sandbox back. A {@link #cancel} reaches the query only while it has
 * the sandbox, never a later query that took the sandbox since.
 */
public final class KeptSandbox implements AutoCloseable {

    private final WarmSandboxes warmSandboxes;
    private final WarmSandboxes.Warm warm;
    /** Guarded by {@code this}. */
    private boolean givenBack;
    /** Guarded by {@code this}. */
    private boolean discarded;

    KeptSandbox(WarmSandboxes warmSandboxes, WarmSandboxes.Warm warm) {
        this.warmSandboxes = warmSandboxes;
        this.warm = warm;
    }

    public Sandbox sandbox() {
        return warm.sandbox();
    }

    /** Where a result named {@code name} is stored by {@link Sandbox#store}: in the sandbox's own directory. */
    public Path resultFile(String name) {
        Path file = warm.resultDirectory().resolve(name);
        if (!warm.resultDirectory().equals(file.getParent())) {
            throw new IllegalArgumentException("A result's name must be a file name: " + name);
        }
        return file;
    }

    /** Stops the query running in the sandbox, unless it was given back; the sandbox will not be kept. */
    public synchronized void cancel() {
        if (!givenBack) {
            warm.sandbox().cancel();
        }
    }

    /** Has the sandbox closed rather than kept, when this is closed: after a failure that may have spoilt it. */
    public synchronized void discard() {
        discarded = true;
    }

    /** Gives the sandbox back, for a later query over the same tables; or closes it if it was stopped or discarded. */
    @Override
    public void close() {
        boolean keep;
        synchronized (this) {
            if (givenBack) {
                return;
            }
            givenBack = true;
            keep = !discarded;
        }
        warmSandboxes.giveBack(warm, keep);
    }
}
