package io.lakegate.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a listing. A page that is not full ends the listing, so the total follows from its rows and
 * one query suffices, as it does for most listings; a full page, or one past the end, costs a count too.
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
        List<T> items = jdbc.sql("select " + select + " " + from + " order by " + orderBy + " limit ? offset ?")
                .params(pageParams)
                .query(mapper)
                .list();
        boolean endsHere = items.size() < page.size() && (!items.isEmpty() || page.offset() == 0);
        long total = endsHere
                ? page.offset() + items.size()
                : jdbc.sql("select count(*) " + from).params(params).query(Long.class).single();
        return page.page(items, total);
    }
}
