package io.lakegate.dataset.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableNamesTest {

    @Test
    void namesAreLowercaseLettersDigitsAndUnderscoresNotStartingWithADigit() {
        assertThat(TableNames.identifier("Sales Data")).isEqualTo("sales_data");
        assertThat(TableNames.identifier("raw/sales")).isEqualTo("raw_sales");
        assertThat(TableNames.identifier("Crème Brûlée")).isEqualTo("creme_brulee");
        assertThat(TableNames.identifier("2024--orders!")).isEqualTo("t_2024_orders");
        assertThat(TableNames.identifier("__tmp__")).isEqualTo("tmp");
        assertThat(TableNames.identifier("数据")).isEqualTo("table");
    }
}
