package io.podiokit.api.tests.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.RefType;
import io.podiokit.api.grant.Grant;
import io.podiokit.api.grant.GrantAction;
import io.podiokit.api.grant.GrantPerson;
import io.podiokit.api.grant.GrantService;
import io.podiokit.api.grant.GrantsCreated;
import io.podiokit.api.grant.NewGrant;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class GrantServiceIT {

  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData()
      .user("ann@example.com", "ann-password", "Ann Example"));

  @AfterAll
  static void stop() {
    api.close();
  }

  static long ann() {
    return api.podio.userId("ann@example.com");
  }

  static PodioApi asAnnApi() {
    return api.client.api(api.client.authenticateWithPassword("ann@example.com", "ann-password"));
  }

  static GrantService asAnn() {
    return asAnnApi().grants();
  }

  @Test
  void sharesAnItemWithAUserAndListsTheGrant() {
    GrantsCreated created = api.user().grants().create(RefType.ITEM, 100_001,
        new NewGrant(List.of(GrantPerson.user(ann())), "comment", "Have a look"));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/grant/item/100001");
    assertThat(api.last().json()).isEqualTo(Map.of("people", List.of(Map.of("type", "user", "id", ann() + "")),
        "action", "comment", "message", "Have a look"));
    assertThat(created.grantCount()).isEqualTo(1);

    List<Grant> grants = api.user().grants().grants(RefType.ITEM, 100_001);
    assertThat(api.last().path()).isEqualTo("/grant/item/100001/");
    assertThat(grants).singleElement().satisfies(g -> {
      assertThat(g.refType()).isEqualTo("item");
      assertThat(g.refId()).isEqualTo(100_001L);
      assertThat(g.actionValue()).contains(GrantAction.COMMENT);
      assertThat(g.message()).isEqualTo("Have a look");
      assertThat(g.user()).isNotNull();
      assertThat(g.user().id()).isEqualTo(ann());
      assertThat(g.user().name()).isEqualTo("Ann Example");
      assertThat(g.createdBy()).isNotNull();
      assertThat(g.createdBy().id()).isEqualTo(api.userId());
    });

    Grant own = asAnn().ownGrant(RefType.ITEM, 100_001);
    assertThat(api.last().path()).isEqualTo("/grant/item/100001/own");
    assertThat(own.grantId()).isEqualTo(grants.get(0).grantId());
    assertThat(own.ref()).isNotNull();
    assertThat(own.ref().type()).isEqualTo("item");
  }

  @Test
  void grantingAgainChangesTheActionAndRemovingEndsIt() {
    api.user().grants().create(RefType.ITEM, 100_002, NewGrant.of(GrantAction.VIEW, List.of(GrantPerson.user(ann()))));
    api.user().grants().create(RefType.ITEM, 100_002,
        NewGrant.of(GrantAction.RATE, List.of(GrantPerson.mail("ann@example.com"))));
    assertThat(api.last().json()).isEqualTo(Map.of("people",
        List.of(Map.of("type", "mail", "id", "ann@example.com")), "action", "rate"));
    assertThat(api.user().grants().grants(RefType.ITEM, 100_002)).singleElement()
        .satisfies(g -> assertThat(g.action()).isEqualTo("rate"));

    api.user().grants().remove(RefType.ITEM, 100_002, ann());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/grant/item/100002/" + ann());
    assertThat(api.last().status()).isEqualTo(204);
    assertThat(api.user().grants().grants(RefType.ITEM, 100_002)).isEmpty();
    assertThatThrownBy(() -> asAnn().ownGrant(RefType.ITEM, 100_002))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void listsTheGrantsOfAUserOnASpaceAndTheCallersOwnOnAnOrg() {
    api.user().grants().create(RefType.APP, PodioEmulator.DEMO_APP_ID,
        NewGrant.of(GrantAction.VIEW, List.of(GrantPerson.user(ann()))));

    List<Grant> onSpace = api.user().grants().grantsToUserOnSpace(1, ann());
    assertThat(api.last().path()).isEqualTo("/grant/space/1/user/" + ann() + "/");
    assertThat(onSpace).extracting(Grant::refType).contains("app");
    assertThat(onSpace).allSatisfy(g -> assertThat(g.user().id()).isEqualTo(ann()));

    List<Grant> onOrg = asAnn().ownGrantsOnOrg(1);
    assertThat(api.last().path()).isEqualTo("/grant/org/1/own/");
    assertThat(onOrg).extracting(g -> g.ref().id()).contains(PodioEmulator.DEMO_APP_ID);
    assertThat(api.user().grants().ownGrantsOnOrg(1)).isEmpty();
  }

  @Test
  void readsMicroAndFullViews() {
    api.user().grants().create(RefType.ITEM, 100_003, NewGrant.of(GrantAction.VIEW, List.of(GrantPerson.user(ann()))));
    Grant micro = asAnnApi().get("/grant/item/100003/own?view=micro", Grant.class);
    assertThat(micro.grantId()).isPositive();
    assertThat(micro.actionValue()).contains(GrantAction.VIEW);
    assertThat(micro.user()).isNull();
    assertThat(micro.ref()).isNull();
    Grant full = asAnn().ownGrant(RefType.ITEM, 100_003);
    assertThat(full.grantId()).isEqualTo(micro.grantId());
    assertThat(full.user()).isNotNull();
    assertThat(full.createdOn()).isNotNull();
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> GrantPerson.mail("nobody")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NewGrant.of(GrantAction.VIEW, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> api.user().grants().create(RefType.ITEM, 100_001,
        new NewGrant(List.of(GrantPerson.user(ann())), "edit", null)))
        .isInstanceOfSatisfying(PodioApiException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.getMessage()).contains("edit");
        });
    assertThatThrownBy(() -> api.user().grants().create(RefType.ITEM, 100_001,
        NewGrant.of(GrantAction.VIEW, List.of(GrantPerson.mail("stranger@example.com")))))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("stranger@"));
    assertThatThrownBy(() -> api.user().grants().grants(RefType.ITEM, 1))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }
}
