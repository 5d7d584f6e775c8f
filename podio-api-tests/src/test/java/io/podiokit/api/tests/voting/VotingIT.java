package io.podiokit.api.tests.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.api.tests.TestItems;
import io.podiokit.api.voting.Voting;
import io.podiokit.api.voting.VotingResult;
import io.podiokit.api.voting.VotingService;
import io.podiokit.emulator.PodioEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Votings over HTTP. Podio's list has no operation to cast a vote, so items here have none; counting votes is tested
 * in the emulator's CollaborationEventsTest.
 */
class VotingIT {

  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData().app(2002, "other-token", "Other"));

  final VotingService voting = api.user().voting();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void anAppRunsAStarVotingAndAnAnswersVoting() {
    List<Voting> votings = voting.votings(PodioEmulator.DEMO_APP_ID);

    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/voting/app/" + PodioEmulator.DEMO_APP_ID + "/voting");
    assertThat(votings).extracting(Voting::kind).containsExactly("fivestar", "answers");
    assertThat(votings.get(0).answers()).isEmpty();
    assertThat(votings.get(1).answers()).extracting(Voting.Answer::text).containsExactly("Low", "Medium", "High");
    assertThat(votings.get(1).status()).isEqualTo("active");
    assertThat(votings.get(1).question()).isNotBlank();
  }

  @Test
  void anItemWithoutVotesHasAnEmptyResultAndNoVoters() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Candidate");
    long stars = voting.votings(PodioEmulator.DEMO_APP_ID).get(0).votingId();

    VotingResult result = voting.result(item, stars);
    assertThat(api.last().path()).isEqualTo("/voting/item/" + item + "/voting/" + stars + "/result");
    assertThat(result.votingId()).isEqualTo(stars);
    assertThat(result.total()).isZero();
    assertThat(result.average()).isNull();
    assertThat(result.counts()).isEmpty();

    assertThat(voting.votes(item, stars)).isEmpty();
    assertThat(api.last().path()).isEqualTo("/voting/item/" + item + "/voting/" + stars + "/user");
  }

  @Test
  void anItemIsVotedOnOnlyInItsAppsVotings() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Candidate");
    long otherAppsVoting = voting.votings(2002).get(0).votingId();

    assertThatThrownBy(() -> voting.result(item, otherAppsVoting))
        .isInstanceOf(PodioApiException.NotFoundException.class).hasMessageContaining("Voting");
    assertThatThrownBy(() -> voting.votes(999_999_999L, otherAppsVoting))
        .isInstanceOf(PodioApiException.NotFoundException.class).hasMessageContaining("Item");
    assertThatThrownBy(() -> api.app().voting().votings(2002))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void fullAndMicroViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/voting/app/1/voting", "[{\"voting_id\": 3}]");
      canned.answer("/voting/item/2/voting/3/result", "{\"voting_id\": 3, \"total\": 2, \"average\": 4.5,"
          + " \"counts\": [{\"value\": 4, \"count\": 1}, {\"value\": 5, \"count\": 1}]}");
      canned.answer("/voting/item/2/voting/3/user", "[{}, {\"user\": {\"id\": 9, \"name\": \"Ann\"}, \"value\": 5}]");

      assertThat(canned.api().voting().votings(1)).singleElement()
          .satisfies(v -> assertThat(v.answers()).isEmpty());
      VotingResult result = canned.api().voting().result(2, 3);
      assertThat(result.average()).isEqualTo(4.5);
      assertThat(result.counts()).containsExactly(new VotingResult.Count(4, 1), new VotingResult.Count(5, 1));
      assertThat(canned.api().voting().votes(2, 3)).satisfiesExactly(
          v -> assertThat(v.user()).isNull(),
          v -> {
            assertThat(v.user().name()).isEqualTo("Ann");
            assertThat(v.value()).isEqualTo(5L);
          });
    }
  }
}
