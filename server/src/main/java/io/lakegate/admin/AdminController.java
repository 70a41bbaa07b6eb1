package io.lakegate.admin;

import java.time.Instant;

import io.lakegate.identity.Authorizer;
import io.lakegate.identity.Principal;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.audit.AuditQuery;
import io.lakegate.platform.audit.AuditRecord;
import io.lakegate.platform.audit.AuditRepository;
import io.lakegate.platform.maintenance.Maintenance;
import io.lakegate.platform.maintenance.MaintenanceMode;
import io.lakegate.platform.maintenance.MaintenanceStatus;
import io.lakegate.platform.tasks.BackgroundTasks;
import io.lakegate.platform.tasks.ScheduledTask;
import io.lakegate.platform.tasks.TaskRun;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin settings: maintenance window (guide 3.3), audit log and background tasks. For the admin team only. */
@Tag(name = "Admin: maintenance, audit, tasks")
@RestController
@RequestMapping("/api/v1/admin")
class AdminController {

    private final Authorizer authorizer;
    private final Maintenance maintenance;
    private final AuditRepository audit;
    private final BackgroundTasks tasks;

    AdminController(Authorizer authorizer, Maintenance maintenance, AuditRepository audit, BackgroundTasks tasks) {
        this.authorizer = authorizer;
        this.maintenance = maintenance;
        this.audit = audit;
        this.tasks = tasks;
    }

    record StartMaintenance(@NotNull MaintenanceMode mode) {
    }

    record Tasks(List<ScheduledTask> scheduled, boolean paused, Page<TaskRun> runs) {
    }

    @GetMapping("/maintenance")
    MaintenanceStatus maintenance(Principal caller) {
        authorizer.requireAdmin(caller, "GET_MAINTENANCE");
        return maintenance.status();
    }

    /** Starts READ_ONLY or NO_ACCESS maintenance: PENDING until running tasks end, then ACTIVE. */
    @PostMapping("/maintenance")
    MaintenanceStatus startMaintenance(Principal caller, @Valid @RequestBody StartMaintenance request) {
        authorizer.requireAdmin(caller, "START_MAINTENANCE");
        return maintenance.start(request.mode(), caller.name());
    }

    @DeleteMapping("/maintenance")
    MaintenanceStatus endMaintenance(Principal caller) {
        authorizer.requireAdmin(caller, "END_MAINTENANCE");
        return maintenance.end();
    }

    @GetMapping("/audit")
    Page<AuditRecord> audit(Principal caller, @RequestParam(required = false) String username,
            @RequestParam(required = false) String team, @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String target,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        authorizer.requireAdmin(caller, "READ_AUDIT_LOG");
        return audit.search(new AuditQuery(username, team, action, outcome, target, from, to), PageRequest.of(page, size));
    }

    /** Queued and periodic tasks, and the recent runs with status, error and timing. */
    @GetMapping("/tasks")
    Tasks tasks(Principal caller, @RequestParam(required = false) String task,
            @RequestParam(required = false) TaskRun.Status status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        authorizer.requireAdmin(caller, "LIST_TASKS");
        return new Tasks(tasks.scheduled(), tasks.paused(),
                tasks.runs(task, status == null ? null : status.name(), PageRequest.of(page, size)));
    }
}
