package io.lakegate.share.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.lakegate.dataset.AssetType;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Share requests and their items. */
@Repository
class ShareRepository {

    private static final String COLUMNS = """
            uri, dataset_uri, environment_uri, requester_team, principal_uri, status, request_purpose, reject_purpose,
            created_by, created_at, updated_at, expiry_months, expires_at, extension_months""";
    private static final String ITEM_COLUMNS = """
            uri, share_uri, item_type, item_uri, item_name, status, filter_uri, failure, health_status, health_message,
            last_verified_at, created_at, updated_at""";
    /** Item counts per share: shared, revoked, failed, pending (guide 4.4.1). */
    private static final String COUNTS = """
            (select count(*) from share_items i where i.share_uri = s.uri and i.status in ('SHARE_SUCCEEDED', 'REVOKE_FAILED')) as shared_items,
            (select count(*) from share_items i where i.share_uri = s.uri and i.status = 'REVOKE_SUCCEEDED') as revoked_items,
            (select count(*) from share_items i where i.share_uri = s.uri and i.status in ('SHARE_FAILED', 'REVOKE_FAILED')) as failed_items,
            (select count(*) from share_items i where i.share_uri = s.uri and i.status = 'PENDING_APPROVAL') as pending_items""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ShareRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Inserts the share unless a live one exists for its dataset, environment, team and principal; true if inserted. */
    boolean insert(Share share) {
        return jdbc.sql("""
                insert into shares (uri, dataset_uri, environment_uri, requester_team, principal_uri, status,
                    request_purpose, created_by, expiry_months)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(share.uri(), share.datasetUri(), share.environmentUri(), share.requesterTeam(), share.principalUri(),
                        share.status().name(), share.requestPurpose(), share.createdBy(), share.expiryMonths())
                .update() == 1;
    }

    Optional<Share> findLive(String datasetUri, String environmentUri, String team, String principalUri) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from shares where dataset_uri = ? and environment_uri = ? and requester_team = ?
                and coalesce(principal_uri, '') = coalesce(?, '') and status <> 'DELETED'""")
                .params(datasetUri, environmentUri, team, principalUri)
                .query(ShareRepository::share).optional();
    }

    Optional<Share> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from shares where uri = ?").param(uri).query(ShareRepository::share).optional();
    }

    /** The share, locked until the transaction ends: every change of a share and its items holds this lock. */
    Optional<Share> lock(String uri) {
        return jdbc.sql("select " + COLUMNS + " from shares where uri = ? for update").param(uri)
                .query(ShareRepository::share).optional();
    }

    void updateStatus(String uri, ShareStatus status) {
        jdbc.sql("update shares set status = ?, updated_at = now() where uri = ?").params(status.name(), uri).update();
    }

    void updatePurposes(String uri, String requestPurpose, String rejectPurpose) {
        jdbc.sql("update shares set request_purpose = ?, reject_purpose = ?, updated_at = now() where uri = ?")
                .params(requestPurpose, rejectPurpose, uri).update();
    }

    void updateExpiryMonths(String uri, Integer months) {
        jdbc.sql("update shares set expiry_months = ?, updated_at = now() where uri = ?").params(months, uri).update();
    }

    /** Sets when access ends (null: never), and forgets any pending extension and any warning sent for the old end. */
    void updateExpiresAt(String uri, Instant expiresAt) {
        jdbc.sql("""
                update shares set expires_at = ?, extension_months = null, expiry_warned_at = null, updated_at = now()
                where uri = ?""")
                .params(expiresAt == null ? null : Timestamp.from(expiresAt), uri).update();
    }

    void updateExtensionMonths(String uri, Integer months) {
        jdbc.sql("update shares set extension_months = ?, updated_at = now() where uri = ?").params(months, uri).update();
    }

    /** Live shares whose access ends by {@code until} and that hold shared items: the ones to revoke. */
    List<String> expiredBy(Instant until) {
        return jdbc.sql("""
                select s.uri from shares s where s.status <> 'DELETED' and s.expires_at <= ?
                and exists (select 1 from share_items i where i.share_uri = s.uri and i.status in ('SHARE_SUCCEEDED', 'REVOKE_FAILED'))
                order by s.expires_at, s.uri""")
                .param(Timestamp.from(until)).query(String.class).list();
    }

    /** Live shares whose access ends after {@code from} and by {@code until}, not yet warned of it. */
    List<String> expiringUnwarned(Instant from, Instant until) {
        return jdbc.sql("""
                select uri from shares where status <> 'DELETED' and expires_at > ? and expires_at <= ?
                and expiry_warned_at is null order by expires_at, uri""")
                .params(Timestamp.from(from), Timestamp.from(until)).query(String.class).list();
    }

    void markExpiryWarned(String uri) {
        jdbc.sql("update shares set expiry_warned_at = now() where uri = ?").param(uri).update();
    }

    /** The live shares sent by any of the teams, or received for any of the datasets, newest first, with counts. */
    Page<ShareSummary> list(Collection<String> requesterTeams, Collection<String> datasetUris, String status,
            PageRequest page) {
        return PagedQuery.page(jdbc, "s.uri, s.dataset_uri, s.environment_uri, s.requester_team, s.principal_uri, s.status, "
                        + "s.request_purpose, s.reject_purpose, s.created_by, s.created_at, s.updated_at, s.expiry_months, "
                        + "s.expires_at, s.extension_months, " + COUNTS,
                """
                        from shares s where s.status <> 'DELETED' and (s.requester_team = any(?) or s.dataset_uri = any(?))
                        and (cast(? as text) is null or s.status = ?)""",
                "s.created_at desc, s.uri",
                Arrays.asList(requesterTeams.toArray(String[]::new), datasetUris.toArray(String[]::new), status, status),
                page, (rs, row) -> summary(rs));
    }

    ShareSummary summary(String uri) {
        return jdbc.sql("select s.*, " + COUNTS + " from shares s where s.uri = ?").param(uri)
                .query((rs, row) -> summary(rs)).single();
    }

    /** The live shares of the dataset. */
    List<Share> ofDataset(String datasetUri) {
        return jdbc.sql("select " + COLUMNS + " from shares where dataset_uri = ? and status <> 'DELETED' order by created_at, uri")
                .param(datasetUri).query(ShareRepository::share).list();
    }

    /** The uris of the shares in any of the states, oldest change first. */
    List<String> inStatus(Set<ShareStatus> statuses) {
        return jdbc.sql("select uri from shares where status = any(?) order by updated_at, uri")
                .param(statuses.stream().map(Enum::name).toArray(String[]::new)).query(String.class).list();
    }

    /** Marks the dataset's shares and their items deleted, recording each item's move. */
    void deleteAllOfDataset(String datasetUri) {
        recordTargetDeleted("i.share_uri in (select uri from shares where dataset_uri = ?)", datasetUri);
        jdbc.sql("update share_items set status = 'DELETED', updated_at = now() where share_uri in (select uri from shares where dataset_uri = ?) and status <> 'DELETED'")
                .param(datasetUri).update();
        jdbc.sql("update shares set status = 'DELETED', updated_at = now() where dataset_uri = ? and status <> 'DELETED'")
                .param(datasetUri).update();
    }

    /** Marks the live items on the table or folder deleted, recording each item's move. */
    void deleteItemsOn(String itemUri) {
        recordTargetDeleted("i.item_uri = ?", itemUri);
        jdbc.sql("update share_items set status = 'DELETED', updated_at = now() where item_uri = ? and status <> 'DELETED'")
                .param(itemUri).update();
    }

    private void recordTargetDeleted(String where, String param) {
        jdbc.sql("""
                insert into share_item_events (share_uri, item_uri, action, from_status, to_status, actor, message)
                select i.share_uri, i.item_uri, 'TARGET_DELETED', i.status, 'DELETED', ?, 'deleted from its dataset'
                from share_items i where i.status <> 'DELETED' and """ + " " + where)
                .params(ShareAccess.SYSTEM, param).update();
    }

    /**
     * Runs {@code work} holding the share's processing lock, waiting for it if another run holds it: one run at a
     * time processes a share. The lock belongs to a database session of its own, so a process that dies frees it.
     */
    void whileProcessing(String shareUri, Runnable work) {
        try (Connection session = dataSource.getConnection()) {
            advisoryLock(session, "select pg_advisory_lock(hashtext('share-processing'), hashtext(?))", shareUri);
            try {
                work.run();
            }
            finally {
                advisoryLock(session, "select pg_advisory_unlock(hashtext('share-processing'), hashtext(?))", shareUri);
            }
        }
        catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot take the processing lock of share " + shareUri, e);
        }
    }

    private static void advisoryLock(Connection session, String sql, String shareUri) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setString(1, shareUri);
            statement.execute();
        }
    }

    /**
     * Holds, until the transaction ends, the lock of the share's dataset and grantee: grants for one grantee on
     * one dataset are written and removed one share item at a time, whichever share they come from.
     */
    void lockGrantee(Share share) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?), hashtext(?))")
                .params(share.datasetUri(), share.grantee().type() + ":" + share.grantee().id())
                .query((rs, row) -> 0).list();
    }

    // items

    void insertItem(ShareItem item) {
        jdbc.sql("insert into share_items (uri, share_uri, item_type, item_uri, item_name, status) values (?, ?, ?, ?, ?, ?)")
                .params(item.uri(), item.shareUri(), item.type().name(), item.itemUri(), item.itemName(), item.status().name())
                .update();
    }

    Optional<ShareItem> findItem(String uri) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from share_items where uri = ?").param(uri)
                .query(ShareRepository::item).optional();
    }

    /** The share's items that are not deleted, by type and name. */
    List<ShareItem> items(String shareUri) {
        return jdbc.sql("select " + ITEM_COLUMNS + " " + """
                 from share_items where share_uri = ? and status <> 'DELETED' order by item_type, lower(item_name), uri""")
                .param(shareUri).query(ShareRepository::item).list();
    }

    boolean hasLiveItem(String shareUri, String itemUri) {
        return jdbc.sql("select exists (select 1 from share_items where share_uri = ? and item_uri = ? and status <> 'DELETED')")
                .params(shareUri, itemUri).query(Boolean.class).single();
    }

    /** The live items of live shares on the table, folder or dataset. */
    List<ShareItem> itemsOn(String itemUri) {
        return jdbc.sql("select " + ITEM_COLUMNS + " " + """
                 from share_items where item_uri = ? and status <> 'DELETED' order by created_at, uri""")
                .param(itemUri).query(ShareRepository::item).list();
    }

    void updateItemStatus(String uri, ShareItemStatus status, String failure) {
        jdbc.sql("update share_items set status = ?, failure = ?, updated_at = now() where uri = ?")
                .params(status.name(), failure, uri).update();
    }

    void updateItemFilter(String uri, String filterUri) {
        jdbc.sql("update share_items set filter_uri = ?, updated_at = now() where uri = ?").params(filterUri, uri).update();
    }

    void updateItemHealth(String uri, HealthStatus health, String message, Instant verifiedAt) {
        jdbc.sql("""
                update share_items set health_status = ?, health_message = ?,
                    last_verified_at = coalesce(cast(? as timestamptz), last_verified_at) where uri = ?""")
                .params(health.name(), message, verifiedAt == null ? null : Timestamp.from(verifiedAt), uri).update();
    }

    /** The items in a shared state of every live share, for the weekly verify: share uris in order. */
    List<String> sharesWithSharedItems() {
        return jdbc.sql("""
                select distinct s.uri from shares s join share_items i on i.share_uri = s.uri
                where s.status <> 'DELETED' and i.status in ('SHARE_SUCCEEDED', 'REVOKE_FAILED') order by s.uri""")
                .query(String.class).list();
    }

    // history

    void recordEvent(String shareUri, String itemUri, String action, ShareItemStatus from, ShareItemStatus to, String actor,
            String message) {
        jdbc.sql("""
                insert into share_item_events (share_uri, item_uri, action, from_status, to_status, actor, message)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(shareUri, itemUri, action, from == null ? null : from.name(), to.name(), actor, message).update();
    }

    List<ShareApi.ItemEvent> history(String itemUri) {
        return jdbc.sql("""
                select e.share_uri, e.action, e.from_status, e.to_status, e.actor, e.message, e.at, s.requester_team
                from share_item_events e join shares s on s.uri = e.share_uri where e.item_uri = ? order by e.id""")
                .param(itemUri)
                .query((rs, row) -> new ShareApi.ItemEvent(rs.getString("share_uri"), rs.getString("requester_team"),
                        rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"),
                        rs.getString("actor"), rs.getString("message"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static ShareSummary summary(ResultSet rs) throws SQLException {
        return new ShareSummary(share(rs, 0), new ShareApi.ItemCounts(rs.getLong("shared_items"),
                rs.getLong("revoked_items"), rs.getLong("failed_items"), rs.getLong("pending_items")));
    }

    private static Share share(ResultSet rs, int row) throws SQLException {
        return new Share(rs.getString("uri"), rs.getString("dataset_uri"), rs.getString("environment_uri"),
                rs.getString("requester_team"), rs.getString("principal_uri"), ShareStatus.valueOf(rs.getString("status")),
                rs.getString("request_purpose"), rs.getString("reject_purpose"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                (Integer) rs.getObject("expiry_months"), instant(rs.getTimestamp("expires_at")),
                (Integer) rs.getObject("extension_months"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static ShareItem item(ResultSet rs, int row) throws SQLException {
        String health = rs.getString("health_status");
        Timestamp verified = rs.getTimestamp("last_verified_at");
        return new ShareItem(rs.getString("uri"), rs.getString("share_uri"), AssetType.valueOf(rs.getString("item_type")),
                rs.getString("item_uri"), rs.getString("item_name"), ShareItemStatus.valueOf(rs.getString("status")),
                rs.getString("filter_uri"), rs.getString("failure"), health == null ? null : HealthStatus.valueOf(health),
                rs.getString("health_message"), verified == null ? null : verified.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** A share with its item counts, for lists. */
    record ShareSummary(Share share, ShareApi.ItemCounts counts) {
    }
}
