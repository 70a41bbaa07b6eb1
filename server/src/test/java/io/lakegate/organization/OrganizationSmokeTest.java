package io.lakegate.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.lakegate.test.ApiTest;
import org.junit.jupiter.api.Test;

class OrganizationSmokeTest extends ApiTest {

    @Test
    void teamMemberCreatesAndSeesOrganization() {
        String team = team();
        TestUser owner = user(team);
        String uri = organization(owner.api(), team);
        assertThat(owner.api().get("/api/v1/organizations/" + uri).expect(200).text("userRole")).isEqualTo("ADMIN");
        TestUser stranger = user(team());
        assertThat(stranger.api().get("/api/v1/organizations/" + uri).problem(403))
                .isEqualTo("User: %s is not authorized to perform: GET_ORGANIZATION on organization %s", stranger.username(), uri);
    }
}
