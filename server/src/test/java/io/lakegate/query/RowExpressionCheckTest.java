package io.lakegate.query;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.lakegate.access.DataFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A data filter's row expression is checked on its table before the filter is stored. */
class RowExpressionCheckTest extends SalesStoreTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "customer = 'alice'",
            "year >= 2024 and amount > 5 -- a comment",
            "CUSTOMER = 'alice' or \"Order_Id\" = 2",
            "len(list_filter([order_id, 5], lambda x: x > 2)) > 0",
            "ordered_on between date '2023-01-01' and current_date",
            "customer like 'a%' is not distinct from true"})
    void acceptsABooleanExpressionOverTheTablesColumns(String rowExpression) {
        assertThatCode(() -> check(List.of("order_id"), rowExpression)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nope = 1                               | The row expression names 'nope', which is not a column of table sales.orders
            y + x > 1 and orders.customer = 'a'    | The row expression names 'orders', 'x', 'y', which are not columns of table sales.orders
            customer                               | The row expression must be true or false for each row; it is of type VARCHAR
            order_id + 1                           | The row expression must be true or false for each row; it is of type BIGINT
            null                                   | The row expression must be true or false for each row; it is of type "NULL"
            exists (select 1)                      | The row expression must not contain a subquery
            true) group by (1                      | The row expression must be a single expression
            customer =                             | The row expression is not valid: syntax error at or near ")"
            current_setting('threads') = '2'       | Function 'current_setting' is not available
            """)
    void refusesWhatIsNotABooleanExpressionOverTheTablesColumns(String rowExpression, String message) {
        assertThatThrownBy(() -> check(List.of(), rowExpression))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessage(message);
    }

    @Test
    void refusesAnExpressionThatDoesNotBindSayingWhy() {
        assertThatThrownBy(() -> check(List.of(), "sum(amount) > 1"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessage("Table sales.orders cannot be read: Binder Error: WHERE clause cannot contain aggregates!");
        assertThatThrownBy(() -> check(List.of(), "customer > 1"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessage("Table sales.orders cannot be read: Binder Error: Cannot compare values of type VARCHAR and"
                        + " type INTEGER_LITERAL - an explicit cast is required")
                .hasMessageNotContaining(root.toString());
    }

    @Test
    void checksTheFiltersColumnsWithTheView() {
        assertThatThrownBy(() -> check(List.of("order_id", "discount"), "true"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessage("Table sales.orders cannot be read: its data filter 'f' names column 'discount', which"
                        + " the table does not have");
    }

    private static void check(List<String> columns, String rowExpression) {
        sandboxes.checkRowExpression(store.orders("sales", new DataFilter("f", columns, rowExpression)));
    }
}
