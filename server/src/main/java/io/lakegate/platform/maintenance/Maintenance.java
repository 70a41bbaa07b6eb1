package io.lakegate.platform.maintenance;

import java.sql.Timestamp;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.lakegate.platform.tasks.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The maintenance window, kept in the database so that every node sees it. Each node refreshes its
 * view every second, pauses or resumes its task scheduler to match, and moves a PENDING window to
 * ACTIVE once no background task runs anywhere.
 */
@Service
public class Maintenance implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Maintenance.class);

    private final JdbcClient jdbc;
    private final BackgroundTasks tasks;
    private volatile MaintenanceStatus current = new MaintenanceStatus(MaintenanceMode.NONE,
            MaintenanceStatus.Status.INACTIVE, null, null, 0);
    private ScheduledExecutorService watcher;

    Maintenance(JdbcClient jdbc, BackgroundTasks tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /** The mode requests are checked against: this node's view, at most a second old. */
    public MaintenanceMode mode() {
        return current.mode();
    }

    public MaintenanceStatus status() {
        return refresh();
    }

    public MaintenanceStatus start(MaintenanceMode mode, String startedBy) {
        if (mode == MaintenanceMode.NONE) {
            return end();
        }
        jdbc.sql("""
                update maintenance_window set mode = ?, status = 'PENDING', started_by = ?, started_at = now(),
                updated_at = now() where id = 1""")
                .params(mode.name(), startedBy)
                .update();
        tasks.pause();
        return refresh();
    }

    public MaintenanceStatus end() {
        jdbc.sql("""
                update maintenance_window set mode = 'NONE', status = 'INACTIVE', started_by = null, started_at = null,
                updated_at = now() where id = 1""").update();
        return refresh();
    }

    synchronized MaintenanceStatus refresh() {
        MaintenanceStatus stored = jdbc.sql("select mode, status, started_by, started_at from maintenance_window where id = 1")
                .query((rs, row) -> {
                    Timestamp startedAt = rs.getTimestamp("started_at");
                    return new MaintenanceStatus(MaintenanceMode.valueOf(rs.getString("mode")),
                            MaintenanceStatus.Status.valueOf(rs.getString("status")), rs.getString("started_by"),
                            startedAt == null ? null : startedAt.toInstant(), 0);
                })
                .single();
        if (stored.mode() == MaintenanceMode.NONE) {
            tasks.resume();
            current = stored;
            return stored;
        }
        tasks.pause();
        int running = tasks.runningCount();
        if (stored.status() == MaintenanceStatus.Status.PENDING && running == 0) {
            jdbc.sql("update maintenance_window set status = 'ACTIVE', updated_at = now() where id = 1 and status = 'PENDING'")
                    .update();
            stored = new MaintenanceStatus(stored.mode(), MaintenanceStatus.Status.ACTIVE, stored.startedBy(),
                    stored.startedAt(), 0);
        }
        current = new MaintenanceStatus(stored.mode(), stored.status(), stored.startedBy(), stored.startedAt(), running);
        return current;
    }

    @Override
    public void start() {
        watcher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("maintenance-watcher").daemon().factory());
        refresh();
        watcher.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            }
            catch (RuntimeException e) {
                log.warn("Could not refresh the maintenance window", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        watcher.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return watcher != null && !watcher.isShutdown();
    }

    @Override
    public int getPhase() {
        // after the task scheduler has started, so that pausing it sticks
        return BackgroundTasks.SCHEDULER_PHASE + 1;
    }
}
