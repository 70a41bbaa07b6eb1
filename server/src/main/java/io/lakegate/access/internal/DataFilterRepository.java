package io.lakegate.access.internal;

import java.util.Optional;

import io.lakegate.access.DataFilter;
import io.lakegate.platform.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DataFilterRepository {

    private final JdbcClient jdbc;

    DataFilterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DataFilter> find(String uri) {
        return jdbc.sql("select name, columns, row_expression from data_filters where uri = ?").param(uri)
                .query((rs, row) -> new DataFilter(rs.getString("name"), SqlArrays.strings(rs.getArray("columns")),
                        rs.getString("row_expression")))
                .optional();
    }

    /** The table the filter belongs to, if the filter exists. */
    public Optional<String> tableOf(String uri) {
        return jdbc.sql("select table_uri from data_filters where uri = ?").param(uri).query(String.class).optional();
    }
}
