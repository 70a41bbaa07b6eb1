package io.lakegate.platform.provisioning;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisioning records of environments, datasets and other resources that own storage. Each status change
 * is published as a {@link ProvisioningStatusChanged} event, inside the transaction that makes it.
 */
@Service
public class ProvisioningRecords {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ProvisioningRecords(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void create(String targetType, String targetUri) {
        jdbc.sql("insert into provisioning_records (target_uri, target_type, status) values (?, ?, 'PENDING')")
                .params(targetUri, targetType)
                .update();
        info(targetUri, "Provisioning requested");
        events.publishEvent(new ProvisioningStatusChanged(targetType, targetUri, StackStatus.PENDING));
    }

    /** Marks a new run: a retry after a failed creation starts over, anything else is an update. */
    @Transactional
    public StackStatus restart(String targetUri) {
        StackStatus next = find(targetUri).map(ProvisioningRecord::status)
                .filter(StackStatus::created)
                .map(status -> StackStatus.UPDATE_IN_PROGRESS)
                .orElse(StackStatus.PENDING);
        setStatus(targetUri, next);
        info(targetUri, next == StackStatus.PENDING ? "Provisioning retry requested" : "Update requested");
        return next;
    }

    /**
     * A run ended well: CREATE_COMPLETE until the resource has been created once, UPDATE_COMPLETE after that
     * (also when an earlier run of the same update already finished). The status and its log line are
     * written together, so whoever sees the new status also sees the log that explains it.
     */
    @Transactional
    public void succeeded(String targetUri) {
        StackStatus status = statusOf(targetUri).created() ? StackStatus.UPDATE_COMPLETE : StackStatus.CREATE_COMPLETE;
        setStatus(targetUri, status);
        info(targetUri, "Status " + status);
    }

    @Transactional
    public void failed(String targetUri, String reason) {
        StackStatus status = statusOf(targetUri).created() ? StackStatus.UPDATE_FAILED : StackStatus.CREATE_FAILED;
        setStatus(targetUri, status);
        log(targetUri, "ERROR", reason);
        info(targetUri, "Status " + status);
    }

    public void info(String targetUri, String message) {
        log(targetUri, "INFO", message);
    }

    public void delete(String targetUri) {
        jdbc.sql("delete from provisioning_records where target_uri = ?").param(targetUri).update();
    }

    public Optional<ProvisioningRecord> find(String targetUri) {
        return jdbc.sql("select target_uri, target_type, status, created_at, updated_at from provisioning_records where target_uri = ?")
                .param(targetUri)
                .query((rs, row) -> new ProvisioningRecord(rs.getString("target_uri"), rs.getString("target_type"),
                        StackStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(), logs(targetUri)))
                .optional();
    }

    private List<ProvisioningRecord.LogLine> logs(String targetUri) {
        return jdbc.sql("select at, level, message from provisioning_log where target_uri = ? order by id")
                .param(targetUri)
                .query((rs, row) -> new ProvisioningRecord.LogLine(rs.getTimestamp("at").toInstant(),
                        rs.getString("level"), rs.getString("message")))
                .list();
    }

    private StackStatus statusOf(String targetUri) {
        return jdbc.sql("select status from provisioning_records where target_uri = ?")
                .param(targetUri)
                .query((rs, row) -> StackStatus.valueOf(rs.getString(1)))
                .single();
    }

    /**
     * The target's copy of its status is written first, through the event, then the record: every transaction
     * that touches both (deleting a target, updating one, a provisioning run ending) locks the target's row
     * before the record's, so that two of them cannot deadlock.
     */
    private void setStatus(String targetUri, StackStatus status) {
        String targetType = jdbc.sql("select target_type from provisioning_records where target_uri = ?")
                .param(targetUri)
                .query(String.class)
                .single();
        events.publishEvent(new ProvisioningStatusChanged(targetType, targetUri, status));
        jdbc.sql("update provisioning_records set status = ?, updated_at = now() where target_uri = ?")
                .params(status.name(), targetUri)
                .update();
    }

    private void log(String targetUri, String level, String message) {
        jdbc.sql("insert into provisioning_log (target_uri, at, level, message) values (?, ?, ?, ?)")
                .params(targetUri, new Timestamp(System.currentTimeMillis()), level, message)
                .update();
    }
}
