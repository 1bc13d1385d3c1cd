package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.owners.PeopleLookup;
import io.tenure.support.FakeSlackApi;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slack's people through the real Slack client against the fake Web API: users.lookupByEmail and users.info. */
class SlackPeopleTest {
    private final FakeSlackApi slack = new FakeSlackApi().addUser("UANA", "ana@example.com");
    private final PeopleLookup people = SlackAdapter.people(new SlackSettings(slack.apiBaseUrl(), List.of(), "", "",
            1000, 1), new SlackTokens("xoxb-test-000000000000-abcdef", "secret", null));

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void anAddressIsFoundWithLookupByEmailAndAnUnknownOneIsNobodyNotAnError() {
        assertThat(people.userIdByEmail("ana@example.com")).contains("UANA");
        assertThat(people.userIdByEmail("nobody@example.com")).isEmpty();
        assertThat(slack.calls("users.lookupByEmail")).extracting(c -> c.param("email"))
                .containsExactly("ana@example.com", "nobody@example.com");
    }

    @Test
    void aUserIsTracedBackToTheirAddressWithUsersInfo() {
        assertThat(people.emailOfUser("UANA")).contains("ana@example.com");
        assertThat(people.emailOfUser("UGONE")).isEmpty();
    }

    @Test
    void aMissingScopeIsAFailureThatNamesItNotANobody() {
        slack.failNext("users.lookupByEmail", "missing_scope");
        assertThatThrownBy(() -> people.userIdByEmail("ana@example.com")).hasMessageContaining("missing_scope");
    }
}
