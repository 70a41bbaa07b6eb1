package io.lakegate.platform.tasks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.lakegate.platform.LakegateProperties;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Background and periodic work on db-scheduler: persistent in PostgreSQL, run once across nodes, resumed
 * after a crash. Modules declare their tasks as beans ({@link OneTimeTask} or {@link RecurringTask}) and
 * queue one-time work here. Every run is recorded with its status, timing and error.
 */
@Service
public class BackgroundTasks implements SmartLifecycle {

    public static final int SCHEDULER_PHASE = 0;

    private final JdbcClient jdbc;
    // a db-scheduler Scheduler cannot start again once stopped: each start after a stop builds a new one
    private final Supplier<Scheduler> schedulers;
    private volatile Scheduler scheduler;
    private boolean stopped;
    private final String node;
    private final Map<String, Long> runIds = new ConcurrentHashMap<>();
    private volatile boolean running;

    @SuppressWarnings({"rawtypes", "unchecked"})
    BackgroundTasks(DataSource dataSource, JdbcClient jdbc, ObjectProvider<Task<?>> taskBeans,
            LakegateProperties properties) {
        this.jdbc = jdbc;
        List<Task<?>> tasks = taskBeans.orderedStream().toList();
        this.node = nodeName();
        List<RecurringTask> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance)
                .map(RecurringTask.class::cast)
                .toList();
        // through the proxy, a task queued inside a transaction is queued if and only if the transaction commits
        List<Task<?>> oneTime = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        this.schedulers = () -> Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .startTasks(recurring)
                .threads(properties.tasks().threads())
                .pollingInterval(properties.tasks().pollingInterval())
                .heartbeatInterval(properties.tasks().heartbeatInterval())
                .missedHeartbeatsLimit(properties.tasks().missedHeartbeats())
                .schedulerName(new SchedulerName.Fixed(node))
                .enableImmediateExecution()
                .addSchedulerListener(new RunRecorder())
                .build();
        this.scheduler = schedulers.get();
    }

    /**
     * Queues {@code task} for {@code instance} to run as soon as a worker is free. Inside a transaction
     * the task is queued with it, and workers look for it once it commits.
     */
    public <T> void runNow(OneTimeTask<T> task, String instance, T data) {
        scheduler.schedule(task.instance(instance, data), Instant.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        }
    }

    public void pause() {
        if (running && !scheduler.getSchedulerState().isPaused()) {
            scheduler.pause();
        }
    }

    public void resume() {
        if (running && scheduler.getSchedulerState().isPaused()) {
            scheduler.resume();
        }
    }

    public boolean paused() {
        return scheduler.getSchedulerState().isPaused();
    }

    /** Executions running now on any node. */
    public int runningCount() {
        return jdbc.sql("select count(*) from scheduled_tasks where picked").query(Integer.class).single();
    }

    public List<ScheduledTask> scheduled() {
        return jdbc.sql("""
                select task_name, task_instance, execution_time, picked, picked_by, last_success, last_failure,
                       coalesce(consecutive_failures, 0) as consecutive_failures
                from scheduled_tasks order by execution_time""")
                .query((rs, row) -> new ScheduledTask(rs.getString("task_name"), rs.getString("task_instance"),
                        instant(rs.getTimestamp("execution_time")), rs.getBoolean("picked"), rs.getString("picked_by"),
                        instant(rs.getTimestamp("last_success")), instant(rs.getTimestamp("last_failure")),
                        rs.getInt("consecutive_failures")))
                .list();
    }

    public Page<TaskRun> runs(String taskName, String status, PageRequest page) {
        String where = " where (cast(? as text) is null or task_name = ?) and (cast(? as text) is null or status = ?)";
        Object[] params = {taskName, taskName, status, status};
        return PagedQuery.page(jdbc, "id, task_name, task_instance, node, status, started_at, finished_at, error",
                "from task_runs" + where, "id desc", Arrays.asList(params), page,
                (rs, row) -> new TaskRun(rs.getLong("id"), rs.getString("task_name"), rs.getString("task_instance"),
                        rs.getString("node"), TaskRun.Status.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                        rs.getString("error")));
    }

    @Override
    public void start() {
        // runs this node left RUNNING when it was killed are over; db-scheduler retries their executions
        jdbc.sql("""
                update task_runs set status = 'INTERRUPTED', finished_at = now(),
                error = 'The node stopped while the task ran; it is retried' where status = 'RUNNING' and node = ?""")
                .param(node)
                .update();
        if (stopped) {
            scheduler = schedulers.get();
            stopped = false;
        }
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.stop();
        stopped = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SCHEDULER_PHASE;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + ProcessHandle.current().pid();
        }
        catch (UnknownHostException e) {
            return "node:" + ProcessHandle.current().pid();
        }
    }

    private final class RunRecorder extends AbstractSchedulerListener {

        @Override
        public void onExecutionStart(CurrentlyExecuting execution) {
            TaskInstance<?> instance = execution.getTaskInstance();
            Long id = jdbc.sql("""
                    insert into task_runs (task_name, task_instance, node, status, started_at)
                    values (?, ?, ?, 'RUNNING', now()) returning id""")
                    .params(instance.getTaskName(), instance.getId(), node)
                    .query(Long.class)
                    .single();
            runIds.put(key(instance), id);
        }

        @Override
        public void onExecutionComplete(ExecutionComplete complete) {
            Long id = runIds.remove(key(complete.getExecution().taskInstance));
            if (id == null) {
                return;
            }
            boolean ok = complete.getResult() == ExecutionComplete.Result.OK;
            jdbc.sql("update task_runs set status = ?, finished_at = now(), error = ? where id = ?")
                    .params(ok ? "SUCCEEDED" : "FAILED",
                            complete.getCause().map(cause -> cause.getClass().getSimpleName() + ": " + cause.getMessage()).orElse(null),
                            id)
                    .update();
        }

        private static String key(TaskInstance<?> instance) {
            return instance.getTaskName() + "/" + instance.getId();
        }
    }
}
