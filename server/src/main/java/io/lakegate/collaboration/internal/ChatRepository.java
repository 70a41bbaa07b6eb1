package io.lakegate.collaboration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.lakegate.dataset.AssetType;
import io.lakegate.identity.Principal;
import io.lakegate.platform.Page;
import io.lakegate.platform.PageRequest;
import io.lakegate.platform.PagedQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChatRepository {

    private static final String COLUMNS = "uri, target_type, target_uri, author, author_id, author_kind, body, created_at";

    private final JdbcClient jdbc;

    ChatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the message (its {@code createdAt} is ignored) and returns it as stored. */
    ChatMessage insert(ChatMessage message) {
        return jdbc.sql("""
                insert into chat_messages (uri, target_type, target_uri, author, author_id, author_kind, body)
                values (?, ?, ?, ?, ?, ?, ?)
                returning\s""" + COLUMNS)
                .params(message.uri(), message.targetType().name(), message.targetUri(), message.author(),
                        message.authorId(), message.authorKind().name(), message.body())
                .query(ChatRepository::message).single();
    }

    Optional<ChatMessage> find(String uri) {
        return jdbc.sql("select " + COLUMNS + " from chat_messages where uri = ?").param(uri)
                .query(ChatRepository::message).optional();
    }

    /** The feed of one asset, newest first. */
    Page<ChatMessage> feed(AssetType type, String uri, PageRequest page) {
        return PagedQuery.page(jdbc, COLUMNS, "from chat_messages where target_type = ? and target_uri = ?",
                "created_at desc, uri", List.of(type.name(), uri), page, ChatRepository::message);
    }

    void delete(String uri) {
        jdbc.sql("delete from chat_messages where uri = ?").param(uri).update();
    }

    void deleteFeed(AssetType type, String uri) {
        jdbc.sql("delete from chat_messages where target_type = ? and target_uri = ?").params(type.name(), uri).update();
    }

    private static ChatMessage message(ResultSet rs, int row) throws SQLException {
        return new ChatMessage(rs.getString("uri"), AssetType.valueOf(rs.getString("target_type")),
                rs.getString("target_uri"), rs.getString("author"), rs.getString("author_id"),
                Principal.Kind.valueOf(rs.getString("author_kind")), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant());
    }
}
