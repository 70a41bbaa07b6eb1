package io.lakegate.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a listing in one query: the total comes from {@code count(*) over ()} beside the rows. Only a
 * page past the end, which has no rows to carry it, costs a second query for the total.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * @param select  the select list, without {@code select}
     * @param from    {@code from …} with any joins and {@code where …}, whose placeholders take {@code params}
     * @param orderBy the order, without {@code order by}; it should be total so that pages do not overlap
     */
    public static <T> Page<T> page(JdbcClient jdbc, String select, String from, String orderBy, List<?> params,
            PageRequest page, RowMapper<T> mapper) {
        return page(jdbc, select, List.of(), from, params, orderBy, page, mapper);
    }

    /** As above, for a select list with placeholders of its own, which take {@code selectParams}. */
    public static <T> Page<T> page(JdbcClient jdbc, String select, List<?> selectParams, String from, List<?> params,
            String orderBy, PageRequest page, RowMapper<T> mapper) {
        List<Object> pageParams = new ArrayList<>(selectParams);
        pageParams.addAll(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        AtomicLong total = new AtomicLong();
        List<T> items = jdbc.sql("select " + select + ", count(*) over () as total_rows " + from
                        + " order by " + orderBy + " limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> {
                    total.set(rs.getLong("total_rows"));
                    return mapper.mapRow(rs, row);
                })
                .list();
        if (items.isEmpty() && page.offset() > 0) {
            total.set(jdbc.sql("select count(*) " + from).params(params).query(Long.class).single());
        }
        return page.page(items, total.get());
    }
}
