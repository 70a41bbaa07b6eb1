package io.lakegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.lakegate.test.ApiTest;
import io.lakegate.test.Caller;
import io.lakegate.test.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@TestPropertySource(properties = {"lakegate.demo.enabled=true", "lakegate.demo.password=demo-password"})
class DemoModeTest extends ApiTest {

    @Autowired
    ApplicationContext context;

    @Test
    void seedsTheGuidesCast() {
        assertThat(teamsOf("admin")).containsExactly("admins");
        assertThat(teamsOf("john")).containsExactly("DataScienceTeam");
        assertThat(teamsOf("maria")).containsExactly("DataAnalysisTeam");
        assertThat(teamsOf("mark")).containsExactly("DataAnalysisTeam", "MarketingTeam");

        assertThat(environments(demoUser("john"))).containsExactly("Data Analysis:INVITED", "Data Science:OWNER");
        assertThat(environments(demoUser("maria"))).containsExactly("Data Analysis:OWNER");
        assertThat(environments(demoUser("mark"))).containsExactly("Data Analysis:OWNER");

        JsonNode organizations = demoUser("admin").get("/api/v1/organizations").expect(200).json().path("items");
        assertThat(organizations.size()).isEqualTo(1);
        assertThat(organizations.get(0).path("name").asString()).isEqualTo("AnyCompany");
        String organization = organizations.get(0).path("uri").asString();
        assertThat(demoUser("admin").get("/api/v1/organizations/" + organization + "/teams").expect(200).json()
                .valueStream().map(team -> team.path("team").asString()).toList())
                .containsExactly("admins", "DataAnalysisTeam", "DataScienceTeam");
    }

    @Test
    void seedsTheSalesDatasetWithItsTablesAndFolder() {
        Caller john = demoUser("john");
        JsonNode datasets = john.get("/api/v1/datasets").expect(200).json();
        assertThat(datasets.path("items").valueStream().map(dataset -> dataset.path("name").asString())).containsExactly("sales");
        String dataset = datasets.path("items").get(0).path("uri").asString();

        List<String> tables = Eventually.eventually("the demo crawl", () -> john.get("/api/v1/datasets/" + dataset + "/tables")
                        .expect(200).json().valueStream().map(table -> table.path("name").asString()).sorted().toList(),
                names -> names.size() == 2);
        assertThat(tables).containsExactly("daily_sales", "supermarket_sales");
        JsonNode sales = john.get("/api/v1/datasets/" + dataset + "/tables").expect(200).json().valueStream()
                .filter(table -> table.path("name").asString().equals("supermarket_sales")).findFirst().orElseThrow();
        assertThat(sales.path("columns").valueStream().map(column -> column.path("name").asString()))
                .startsWith("invoice id", "branch", "city").hasSize(17);
        JsonNode preview = john.get("/api/v1/tables/" + sales.path("uri").asString() + "/preview").expect(200).json();
        assertThat(preview.path("rows")).hasSize(50);
        JsonNode daily = john.get("/api/v1/datasets/" + dataset + "/tables").expect(200).json().valueStream()
                .filter(table -> table.path("name").asString().equals("daily_sales")).findFirst().orElseThrow();
        assertThat(daily.path("columns").valueStream().filter(column -> column.path("partition").asBoolean())
                .map(column -> column.path("name").asString())).containsExactly("year");
        assertThat(daily.path("statistics").path("recordCount").asLong()).isEqualTo(3 * 1095);

        JsonNode folders = john.get("/api/v1/datasets/" + dataset + "/folders").expect(200).json();
        assertThat(folders.get(0).path("name").asString()).isEqualTo("reports");
        assertThat(john.get("/api/v1/folders/" + folders.get(0).path("uri").asString() + "/objects").expect(200).json()
                .path("objects")).hasSize(3);
    }

    @Test
    void dataAnalysisTeamReadsSupermarketSalesThroughAProcessedShare() {
        Caller maria = demoUser("maria");
        JsonNode shares = maria.get("/api/v1/shares?role=REQUESTER").expect(200).json();
        assertThat(shares.path("items")).singleElement().satisfies(share -> {
            assertThat(share.path("status").asString()).isEqualTo("PROCESSED");
            assertThat(share.path("requesterTeam").asString()).isEqualTo("DataAnalysisTeam");
            assertThat(share.path("counts").path("shared").asLong()).isEqualTo(1);
        });
        JsonNode dataset = maria.get("/api/v1/datasets").expect(200).json().path("items").get(0);
        assertThat(dataset.path("name").asString() + ":" + dataset.path("userRole").asString()).isEqualTo("sales:SHARED");
        String table = maria.get("/api/v1/datasets/" + dataset.path("uri").asString() + "/tables").expect(200).json()
                .valueStream().filter(candidate -> candidate.path("name").asString().equals("supermarket_sales"))
                .findFirst().orElseThrow().path("uri").asString();
        assertThat(maria.get("/api/v1/tables/" + table + "/preview").expect(200).json().path("rows")).hasSize(50);
        assertThat(demoUser("john").get("/api/v1/shares?role=APPROVER").expect(200).json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void seedingAgainChangesNothing() throws Exception {
        List<String> before = environments(demoUser("john"));
        for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(environments(demoUser("john"))).isEqualTo(before);
        assertThat(demoUser("john").get("/api/v1/datasets").expect(200).json().path("total").asInt()).isEqualTo(1);
        assertThat(demoUser("admin").get("/api/v1/organizations").expect(200).json().path("total").asInt()).isEqualTo(1);
        assertThat(teamsOf("mark")).containsExactly("DataAnalysisTeam", "MarketingTeam");
        assertThat(demoUser("maria").get("/api/v1/shares").expect(200).json().path("total").asInt()).isEqualTo(1);
    }

    private Caller demoUser(String username) {
        return signIn(username, "demo-password");
    }

    private List<String> teamsOf(String username) {
        return demoUser(username).get("/api/v1/me").expect(200).json().path("teams").valueStream()
                .map(JsonNode::asString).toList();
    }

    private static List<String> environments(Caller caller) {
        return caller.get("/api/v1/environments").expect(200).json().path("items").valueStream()
                .map(environment -> environment.path("name").asString() + ":" + environment.path("userRole").asString())
                .sorted()
                .toList();
    }
}
