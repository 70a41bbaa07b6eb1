package io.lakegate.dataset.internal.profiling;

/** Receives a profiling run's progress as its passes complete. */
@FunctionalInterface
public interface ProfilingProgress {

    /**
     * @param message what has just been done, for people
     * @param percent how much of the run is done, 0 to 100: it grows with each call and the last call says 100
     */
    void step(String message, int percent);
}
