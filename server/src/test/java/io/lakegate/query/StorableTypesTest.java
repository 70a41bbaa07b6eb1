package io.lakegate.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which result types are written to Parquet as others, so that no value loses digits. */
class StorableTypesTest {

    @Test
    void wideIntegersAreWrittenAsDecimalsAtAnyDepth() {
        assertThat(StorableTypes.exactFor("HUGEINT")).hasValue("DECIMAL(38,0)");
        assertThat(StorableTypes.exactFor("UHUGEINT")).hasValue("DECIMAL(38,0)");
        assertThat(StorableTypes.exactFor("HUGEINT[]")).hasValue("DECIMAL(38,0)[]");
        assertThat(StorableTypes.exactFor("HUGEINT[3]")).hasValue("DECIMAL(38,0)[3]");
        assertThat(StorableTypes.exactFor("MAP(VARCHAR, UHUGEINT)")).hasValue("MAP(VARCHAR, DECIMAL(38,0))");
        assertThat(StorableTypes.exactFor("STRUCT(total HUGEINT, parts STRUCT(n HUGEINT[], label VARCHAR))"))
                .hasValue("STRUCT(total DECIMAL(38,0), parts STRUCT(n DECIMAL(38,0)[], label VARCHAR))");
    }

    @Test
    void namesAndLabelsInQuotesStayAsTheyAre() {
        assertThat(StorableTypes.exactFor("STRUCT(\"HUGEINT\" VARCHAR, \"a \"\"HUGEINT\"\" b\" HUGEINT)"))
                .hasValue("STRUCT(\"HUGEINT\" VARCHAR, \"a \"\"HUGEINT\"\" b\" DECIMAL(38,0))");
        assertThat(StorableTypes.exactFor("ENUM('HUGEINT', 'it''s UHUGEINT')")).isEmpty();
    }

    @Test
    void otherTypesAreWrittenAsThemselves() {
        assertThat(StorableTypes.exactFor("BIGINT")).isEmpty();
        assertThat(StorableTypes.exactFor("DECIMAL(38,2)")).isEmpty();
        assertThat(StorableTypes.exactFor("STRUCT(HUGEINTS BIGINT, MY_HUGEINT VARCHAR)")).isEmpty();
        assertThat(StorableTypes.exactFor("MAP(VARCHAR, INTEGER[])")).isEmpty();
    }
}
