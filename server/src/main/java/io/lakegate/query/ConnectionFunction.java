package io.lakegate.query;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a sandbox's JDBC connection. */
@FunctionalInterface
public interface ConnectionFunction<T> {

    T apply(Connection connection) throws SQLException;
}
