package io.lakegate.worksheet.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The turns worksheet runs take before they run: at most {@code perTeam} runs of a team at once, and at most
 * {@code onServer} runs of all teams (each sandbox may use the engine's whole memory limit). A run takes its team's
 * turn, then the server's; the turns are fair, so runs waiting go first, in the order they came.
 */
final class RunTurns {

    private final int perTeam;
    private final Semaphore server;
    private final Map<String, Semaphore> teams = new ConcurrentHashMap<>();

    RunTurns(int perTeam, int onServer) {
        this.perTeam = perTeam;
        this.server = new Semaphore(onServer, true);
    }

    /** The turns a run holds while it runs; closing gives them back. */
    final class Turn implements AutoCloseable {

        private final Semaphore team;

        private Turn(Semaphore team) {
            this.team = team;
        }

        @Override
        public void close() {
            server.release();
            team.release();
        }
    }

    /** The team's turn and the server's, if both are free now and no run waits for them; else null. */
    Turn takeIfFree(String team) {
        Semaphore teamTurns = of(team);
        if (!takeIfFree(teamTurns)) {
            return null;
        }
        if (!takeIfFree(server)) {
            teamTurns.release();
            return null;
        }
        return new Turn(teamTurns);
    }

    /** The team's turn and then the server's, waiting for each. */
    Turn take(String team) {
        Semaphore teamTurns = of(team);
        teamTurns.acquireUninterruptibly();
        server.acquireUninterruptibly();
        return new Turn(teamTurns);
    }

    private Semaphore of(String team) {
        return teams.computeIfAbsent(team, key -> new Semaphore(perTeam, true));
    }

    private static boolean takeIfFree(Semaphore turns) {
        try {
            // unlike tryAcquire(), a timed tryAcquire keeps the fair order
            return turns.tryAcquire(0, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
