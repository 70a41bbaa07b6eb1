package io.lakegate.catalog.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.lakegate.dataset.AssetType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VoteRepository {

    private final JdbcClient jdbc;

    VoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(AssetType type, String uri, String voter) {
        jdbc.sql("insert into votes (target_type, target_uri, username) values (?, ?, ?) on conflict do nothing")
                .params(type.name(), uri, voter).update();
    }

    void remove(AssetType type, String uri, String voter) {
        jdbc.sql("delete from votes where target_type = ? and target_uri = ? and username = ?")
                .params(type.name(), uri, voter).update();
    }

    void removeAll(AssetType type, String uri) {
        jdbc.sql("delete from votes where target_type = ? and target_uri = ?").params(type.name(), uri).update();
    }

    /** The vote count of every asset that has votes, by type and URI. */
    /** The vote counts of those of the assets of the type with votes, by {@link #key}. */
    Map<String, Long> counts(AssetType type, Collection<String> targetUris) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                select target_type, target_uri, count(*) as total from votes where target_type = ? and target_uri = any(?)
                group by target_type, target_uri""")
                .params(type.name(), targetUris.toArray(String[]::new))
                .query(rs -> {
                    counts.put(key(AssetType.valueOf(rs.getString("target_type")), rs.getString("target_uri")),
                            rs.getLong("total"));
                });
        return counts;
    }

    static String key(AssetType type, String uri) {
        return type.name() + "/" + uri;
    }

    long count(AssetType type, String uri) {
        return jdbc.sql("select count(*) from votes where target_type = ? and target_uri = ?")
                .params(type.name(), uri).query(Long.class).single();
    }

    VoteService.Votes votes(AssetType type, String uri, String voter) {
        return jdbc.sql("""
                select count(*) as total, coalesce(bool_or(username = ?), false) as voted
                from votes where target_type = ? and target_uri = ?""")
                .params(voter, type.name(), uri)
                .query((rs, row) -> new VoteService.Votes(rs.getLong("total"), rs.getBoolean("voted")))
                .single();
    }
}
